package main

import (
	"fmt"
	"slices"
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
	var f = Sum // ERROR "cannot use generic function Sum without instantiation"
	var st Stack // ERROR "cannot use generic type Stack[T any] without instantiation"
	var p Pair[[]int, int] // ERROR "[]int does not satisfy comparable"
	var q Stack[int]
	q.Push("a") // ERROR "cannot use \"a\" (untyped string constant) as int value in argument to q.Push"
	fmt.Println(f, st, p, q)
	fmt.Println(slices.Index([]int{1}, "a")) // ERROR "cannot use \"a\" (untyped string constant) as int value in argument to slices.Index"
	fmt.Println(slices.Max([]bool{true}))    // ERROR "bool does not satisfy cmp.Ordered (bool missing in ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string)"
}


func gotos() {
	goto L // ERROR "goto L jumps over variable declaration at line 58"
	x := 1
	fmt.Println(x)
L:
	goto M // ERROR "goto M jumps into block"
	{
	M:
	}
	goto N // ERROR "label N not defined"
}
