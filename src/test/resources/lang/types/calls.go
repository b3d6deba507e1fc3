package main

import (
	"fmt"
	"strings"
)

func sum(xs ...int) int { return len(xs) }

func pair() (int, int) { return 1, 2 }

func add(a, b int) int { return a + b }

func main() {
	fmt.Println(sum(), sum(1, 2), sum([]int{1}...))
	sum("a") // ERROR "cannot use \"a\" (untyped string constant) as int value in argument to sum"
	sum([]string{"a"}...) // ERROR "cannot use []string{…} (value of type []string) as []int value in argument to sum"
	add(pair())
	add(1, pair()) // ERROR "multiple-value pair() (value of type (int, int)) in single-value context"
	strings.ToUpper(1) // ERROR "cannot use 1 (untyped int constant) as string value in argument to strings.ToUpper"
	strings.Foo("x") // ERROR "undefined: strings.Foo"
	fmt.println("x") // ERROR "undefined: fmt.println"
	x := 5
	x() // ERROR "invalid operation: cannot call non-function x (variable of type int)"
	add(1, 2)
	fmt.Println(len(1), cap(map[int]int{})) // ERROR "invalid argument: 1 (untyped int constant) for built-in len" "invalid argument: map[int]int{} (value of type map[int]int) for built-in cap"
	fmt.Println(append(1, 2)) // ERROR "invalid argument: 1 (untyped int constant) is not a slice"
	var s []int
	s = append(s, "x") // ERROR "cannot use \"x\" (untyped string constant) as int value in argument to append"
	s = append(s, s...)
	copy(s, "abc") // ERROR "invalid argument: arguments to copy s (variable of type []int) and \"abc\" (untyped string constant) have different element types int and byte"
	delete(s, 1) // ERROR "invalid argument: s (variable of type []int) is not a map"
	close(5) // ERROR "invalid operation: cannot close non-channel 5 (untyped int constant)"
	m := make(map[string]int, 1, 2) // ERROR "invalid operation: make(map[string]int, 1, 2) expects 1 or 2 arguments; found 3"
	var n = new(int, 3) // ERROR "invalid operation: too many arguments for new(int, 3) (expected 1, found 2)"
	fmt.Println(s, m, n, min(1, 2.5), max("a", "b"), min(1, "a")) // ERROR "invalid argument: mismatched types untyped int (previous argument) and untyped string (type of \"a\")"
	panic() // ERROR "invalid operation: not enough arguments for panic() (expected 1, found 0)"
}
