package main

import (
	"fmt"
	"slices" // ERROR "\"slices\" imported and not used"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Only[T ~int](x T) T { return x }

func Str[T fmt.Stringer](x T) string { return x.String() }

func Zero[T any]() T {
	var z T
	return z
}

func Keys[K comparable, V any](m map[K]V) []K { return nil }

func Exact[T int | string](x T) T { return x }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

type MyInt int

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	s := "x"
	var i int
	var mi MyInt
	fmt.Println(Sum("a", "b"))             // ERROR "string does not satisfy Number (string missing in ~int | ~int64 | ~float64)"
	fmt.Println(Sum[string]("a"))          // ERROR "string does not satisfy Number (string missing in ~int | ~int64 | ~float64)"
	fmt.Println(Only(s))                   // ERROR "in call to Only, T (type string) does not satisfy ~int"
	fmt.Println(Only("x"))                 // ERROR "string does not satisfy ~int (string missing in ~int)"
	fmt.Println(Str(i))                    // ERROR "in call to Str, T (type int) does not satisfy fmt.Stringer (missing method String)"
	fmt.Println(Str(3))                    // ERROR "int does not satisfy fmt.Stringer (missing method String)"
	fmt.Println(Zero())                    // ERROR "in call to Zero, cannot infer T (declared at prog.go:24:11)"
	fmt.Println(Keys[[]int, int](nil))     // ERROR "[]int does not satisfy comparable"
	fmt.Println(Exact(mi))                 // ERROR "MyInt does not satisfy int | string (possibly missing ~ for int in int | string)"
	fmt.Println(Sum(1, 2.5), Exact(3))
}
