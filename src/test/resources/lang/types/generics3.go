package main

import (
	"cmp"
	"fmt"
)

type Number interface {
	~int | ~float64
}

type Ord interface {
	Number
	comparable
}

func F[T Ord](x T) T { return x }

type Vec[T Number] []T

func main() {
	var n Number      // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	var c comparable  // ERROR "cannot use type comparable outside a type constraint: interface is (or embeds) comparable"
	var o Ord         // ERROR "cannot use type Ord outside a type constraint: interface is (or embeds) comparable"
	var p cmp.Ordered // ERROR "cannot use type cmp.Ordered outside a type constraint: interface contains type constraints"
	var v Vec[string] // ERROR "string does not satisfy Number (string missing in ~int | ~float64)"
	fmt.Println(n, c, o, p, v, F(1), F(2.5))
}

// Generics the program never instantiates are checked too, with T as itself.
func unusedBad[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	y := 1 // ERROR "declared and not used: y"
	return b
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.vv } // ERROR "b.vv undefined (type Box[T] has no field or method vv)"
