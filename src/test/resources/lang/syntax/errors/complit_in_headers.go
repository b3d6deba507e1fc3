package main

type T struct{ a int }

func main() {
	if p := &T{}; p != nil { // ERROR "syntax error: cannot use p := &T as value"
	}
	for _, x := range T{}.a { // ERROR "syntax error: unexpected . at end of statement"
	}
	switch T{}.a { // ERROR "syntax error: non-declaration statement outside function body"
	}
	var c chan int
	for c <- 1; false; { // ERROR "syntax error: non-declaration statement outside function body"
	}
	a := []int{1}[0]
	_ = a
}
