package main

var a, b = 1, 2 c // ERROR "syntax error: unexpected name c after top level declaration"
const x int := 3 // ERROR "syntax error: unexpected :=, expected ="
var y := // ERROR "syntax error: unexpected :=, expected ="
type // ERROR "syntax error: unexpected keyword type, expected expression"
func main() { // ERROR "syntax error: unexpected ) after top level declaration"
	go func() {} // ERROR "method has no receiver" "syntax error: unexpected {, expected name"
	defer f // ERROR "syntax error: non-declaration statement outside function body"
	var z = func(a int) int { return a }(1)
	_ = z // ERROR "syntax error: non-declaration statement outside function body"
}
