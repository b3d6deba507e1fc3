package main

import "fmt"

func main() {
	x := 1 y := 2 // ERROR "syntax error: unexpected name y at end of statement"
	fmt.Println(x y) // ERROR "syntax error: unexpected name y in argument list; possibly missing comma or )"
	var z int = 
} // ERROR "syntax error: unexpected }, expected expression"
