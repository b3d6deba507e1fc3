package main

func main() {
	x := func
	var := 3 // ERROR "syntax error: unexpected keyword var, expected ("
}
