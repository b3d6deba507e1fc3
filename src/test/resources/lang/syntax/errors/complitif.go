package main

type T struct{ a int }

func main() {
	t := T{1}
	if t == T{1} { // ERROR "syntax error: unexpected { at end of statement"
	}
} // ERROR "syntax error: non-declaration statement outside function body"
