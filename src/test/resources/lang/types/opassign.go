package main

import "fmt"

func main() {
	x := 1
	x += "a" // ERROR "invalid operation: x += \"a\" (mismatched types int and untyped string)"
	s := "s"
	s -= "t" // ERROR "invalid operation: operator - not defined on s (variable of type string)"
	fmt.Println(x, s)
}
