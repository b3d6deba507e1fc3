package main

import (
	"fmt"
	x.y // ERROR "syntax error: missing import path"
)

func (a, b T) M() {} // ERROR "method has multiple receivers"
func () N() {} // ERROR "method has no receiver"
func f(a ...) {} // ERROR "syntax error: ... is missing type"
func g(a int, ...int) {} // ERROR "syntax error: mixed named and unnamed parameters"
func h(x int, y) {} // ERROR "syntax error: mixed named and unnamed parameters"
func k() (a int, string) {} // ERROR "syntax error: mixed named and unnamed parameters"

type I interface {
	M(
	N() int // ERROR "syntax error: unexpected ), expected type"
}

func main() {
	fmt.Println()
}
