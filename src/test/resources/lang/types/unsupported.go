package main

import (
	"fmt"
	"net/http" // ERROR "package net/http is not supported by spindle"
	"foo/bar" // ERROR "package foo/bar is not supported by spindle"
	"unsafe" // ERROR "package unsafe is not supported by spindle"
)

type List[T any] struct{ items []T } // ERROR "generic types are not supported by spindle"

func Map[T, U any](xs []T, f func(T) U) []U { return nil } // ERROR "generic functions are not supported by spindle"

type Number interface {
	~int | ~float64 // ERROR "generic type constraints are not supported by spindle"
}

func main() {
	c := 1
	var z complex128 // ERROR "complex numbers are not supported by spindle"
	fmt.Println(c, z)
	for i := range func(yield func(int) bool) {} { // ERROR "range over functions is not supported by spindle"
		fmt.Println(i)
	}
}
