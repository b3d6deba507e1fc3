package main

func main() {
	x := 0128 // ERROR "invalid digit '8' in octal literal"
	_ = x
}
