package main

func main() {
L:
}

func g() {
	x := 1
	if x == 1 {
		return
	}}

func h() {
	a[] = 1 // ERROR "syntax error: unexpected ], expected operand"
	b := c[:]
	_ = d[1:2:3:4] // ERROR "syntax error: unexpected :, expected ]"
}
