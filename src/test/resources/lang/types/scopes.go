package main

import "fmt"

var global = 1

func shadow() (err error) {
	if true {
		err := fmt.Errorf("inner")
		fmt.Println(err)
		return // ERROR "result parameter err not in scope at return"
	}
	return nil
}

func params(a int, b int) {
}

func redecl() {
	x := 1
	var x = 2 // ERROR "x redeclared in this block"
	type T int
	type T string // ERROR "T redeclared in this block"
	fmt.Println(x)
}

func results() (int, string) {
	return 1 // ERROR "not enough return values"
}

func noResults() {
	return 5 // ERROR "too many return values"
}

func three() (int, int, int) {
	return 1, 2, 3, 4 // ERROR "too many return values"
}

func main() {
	global := "local"
	fmt.Println(global)
	{
		inner := 1 // ERROR "declared and not used: inner"
	}
	fmt.Println(inner) // ERROR "undefined: inner"
	for i := 0; i < 2; i++ {
		i := "shadow"
		fmt.Println(i)
	}
	func() {
		unusedInClosure := 3 // ERROR "declared and not used: unusedInClosure"
	}()
	var assignedOnly int // ERROR "declared and not used: assignedOnly"
	assignedOnly = 5
	used := 0
	used++
	shadow()
	params(1, 2)
	results()
	noResults()
	three()
	redecl()
}

func main() {} // ERROR "main redeclared in this block"
