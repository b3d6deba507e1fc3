package main

func main() {
	x := y.
	z := a.( // ERROR "syntax error: unexpected := at end of statement"
	w := f(1,
	_ = [1]int{1, 2,
	}
	v := map[string]int{ // ERROR "syntax error: non-declaration statement outside function body"
		"a": 1
		"b": 2,
	}
}
