package main

func main() {
	go (func() {})()
	defer (recover()) // ERROR "expression in defer must not be parenthesized"
	x := [3]int{}
	_ = x[1:2:] // ERROR "final index required in 3-index slice"
	_ = x[::3] // ERROR "middle index required in 3-index slice"
}
