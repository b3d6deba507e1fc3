package main

import (
	"fmt"
	"runtime"
)

// Interface comparison and map keys of uncomparable dynamic types panic as in Go, recoverably.

type S struct{ s []int }

type W struct{ v any }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(runtime.Error); ok {
			fmt.Println(name, "runtime error:", e.Error())
		} else {
			fmt.Println(name, "recovered:", r)
		}
	}()
	f()
}

func main() {
	try("slice", func() {
		var a, b any = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("map", func() {
		var a, b any = map[int]int{}, map[int]int{}
		fmt.Println(a != b)
	})
	try("func", func() {
		var a, b any = func() {}, func() {}
		fmt.Println(a == b)
	})
	try("struct", func() {
		var a, b any = S{}, S{}
		fmt.Println(a == b)
	})
	try("array", func() {
		var a, b any = [1][]int{}, [1][]int{}
		fmt.Println(a == b)
	})
	try("self", func() {
		var a any = []int{}
		fmt.Println(a == a)
	})
	try("nested", func() {
		x := W{[]int{}}
		y := x
		fmt.Println(x == y)
	})
	try("different types", func() {
		var a, b any = []int{1}, 1
		fmt.Println(a == b)
	})
	try("key", func() {
		m := map[any]int{}
		m[[]int{1}] = 1
	})
	try("lookup on empty map", func() {
		m := map[any]int{}
		_, ok := m[map[string]int{}]
		fmt.Println(ok)
	})
	try("delete", func() {
		m := map[any]int{1: 1}
		delete(m, func() {})
	})
	try("struct key", func() {
		m := map[W]int{}
		m[W{[]byte("x")}]++
	})
	try("lookup on nil map", func() {
		var m map[any]int
		fmt.Println(m[[]int{1}])
	})
	try("comma-ok lookup on nil map", func() {
		var m map[any]int
		_, ok := m[[]int{1}]
		fmt.Println(ok)
	})
	try("delete on nil map", func() {
		var m map[any]int
		delete(m, []int{1})
	})
	try("nil map, hashable key", func() {
		var m map[any]int
		delete(m, 1)
		_, ok := m[[1]int{}]
		fmt.Println(m[2], ok)
	})
	try("comparable keys still work", func() {
		m := map[any]int{}
		m[1]++
		m["a"]++
		m[[2]int{1, 2}]++
		m[[2]int{1, 2}]++
		fmt.Println(len(m), m[[2]int{1, 2}])
	})
}
