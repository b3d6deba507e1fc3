package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T)  { s.items = append(s.items, v) }
func (s Stack[T]) Len() int   { return len(s.items) }
func (s Stack[T]) String() string {
	return "Stack" + fmt.Sprint(s.items)
}

type Lener interface{ Len() int }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.Val), p.Key} }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func Count[T any](n int) int {
	if n == 0 {
		return 0
	}
	return 1 + Count[T](n-1)
}

type Num interface{ ~int | ~float64 }

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

type Celsius float64

func Avg[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

type Wrapper struct {
	Stack[int]
	name string
}

func Ptr[T any](v T) *T { return &v }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	s := &Stack[int]{}
	push := s.Push
	push(1)
	push(2)
	var l Lener = s
	fmt.Println(l.Len(), s, *s)
	fmt.Printf("%v %+v %T\n", Pair[string, int]{"a", 1}, Pair[string, int]{"a", 1}, Pair[string, []int]{})
	fmt.Println(Pair[int, bool]{1, true}.Swap())
	var root *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		root = root.Insert(w)
	}
	root.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	fmt.Println(Count[string](5))
	sum := Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + strconv.Itoa(x) })
	fmt.Println(sum, Filter([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 }))
	fmt.Println(Avg(Celsius(10), 20, 30), Avg(1, 2))
	fmt.Printf("%T\n", Avg(Celsius(1)))
	w := Wrapper{name: "w"}
	w.Push(5)
	fmt.Println(w.Len(), w.items)
	p := Ptr(3)
	*p++
	fmt.Println(*p, *Ptr("s"))
	fmt.Println(Must(strconv.Atoi("12")))
	defer func() { fmt.Println("recovered:", recover()) }()
	Must(strconv.Atoi("x"))
	_ = errors.New
}
