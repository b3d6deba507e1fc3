package main

import "fmt"

type List[T any] struct {
	head, tail *element[T]
}

type element[T any] struct {
	next *element[T]
	val  T
}

func (lst *List[T]) Push(v T) {
	if lst.tail == nil {
		lst.head = &element[T]{val: v}
		lst.tail = lst.head
	} else {
		lst.tail.next = &element[T]{val: v}
		lst.tail = lst.tail.next
	}
}

func (lst *List[T]) All() func(yield func(T) bool) {
	return func(yield func(T) bool) {
		for e := lst.head; e != nil; e = e.next {
			if !yield(e.val) {
				return
			}
		}
	}
}

func genFib() func(yield func(int) bool) {
	return func(yield func(int) bool) {
		a, b := 1, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func pairs(yield func(int, string) bool) {
	for i, s := range []string{"a", "b", "c"} {
		if !yield(i, s) {
			return
		}
	}
}

func find(target int) (int, bool) {
	for n := range genFib() {
		if n >= target {
			return n, true
		}
	}
	return 0, false
}

func main() {
	lst := List[int]{}
	lst.Push(10)
	lst.Push(13)
	lst.Push(23)
	for e := range lst.All() {
		fmt.Println(e)
	}
	for n := range genFib() {
		if n >= 10 {
			break
		}
		if n%2 == 0 {
			continue
		}
		fmt.Println(n)
	}
	for i, s := range pairs {
		fmt.Println(i, s)
	}
	fmt.Println(find(50))
outer:
	for i := range 3 {
		for k, v := range pairs {
			if k == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("in", i, k, v)
		}
	}
	var fs []func()
	for n := range genFib() {
		if n > 5 {
			break
		}
		fs = append(fs, func() { fmt.Print(n, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	for x := range lst.All() {
		for y := range lst.All() {
			if y > x {
				break
			}
			if x == 23 && y == 13 {
				fmt.Println("found", x, y)
				return
			}
		}
	}
}
