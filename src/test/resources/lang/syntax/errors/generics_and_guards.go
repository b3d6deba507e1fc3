package main

type T[P any] struct{}

func f[T any](x T) {}

type A = int

func main() {
	x.(type)
	y := T[int]{}
	var i interface{ ~int | string }
	defer
} // ERROR "syntax error: unexpected }, expected expression"
