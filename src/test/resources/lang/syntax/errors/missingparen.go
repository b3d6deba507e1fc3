package main

func f(a int, b) {} // ERROR "syntax error: mixed named and unnamed parameters"

func main() {
	x := []int{1, 2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	}
	_ = x
}
