package main

type T struct {
	a int, // ERROR "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"
	b int
}

type I interface {
	M() int, // ERROR "syntax error: unexpected comma in interface type; possibly missing semicolon or newline or }"
}

func main() {}
