package main

func main() {
	for i := 0; { // ERROR "syntax error: unexpected {, expected for loop condition"
	}
}
