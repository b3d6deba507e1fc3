package main

import (
	"fmt"
	"sync"
)

type Point struct{ X, Y int }

type Line struct {
	A, B Point
}

func main() {
	p := Point{1, 2}
	q := Point{X: 1, Z: 2} // ERROR "unknown field Z in struct literal of type Point"
	r := Point{1} // ERROR "too few values in struct literal of type Point"
	s := Point{1, 2, 3} // ERROR "too many values in struct literal of type Point"
	t := Point{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	u := Point{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	pts := []Point{{1, 2}, {X: 3}}
	ptrs := []*Point{{1, 2}}
	m := map[string]Point{"a": {1, 2}, "a": {3, 4}} // ERROR "duplicate key \"a\" in map literal"
	arr := [...]int{1, 2, 3}
	arr2 := [2]int{1, 2, 3} // ERROR "index 2 is out of bounds (>= 2)"
	l := Line{A: Point{1, 2}}
	mm := map[string]int{"x"} // ERROR "missing key in map literal"
	n := []int{"a"} // ERROR "cannot use \"a\" (untyped string constant) as int value in array or slice literal"
	var wg = sync.WaitGroup{}
	o := &Point{Y: "s"} // ERROR "cannot use \"s\" (untyped string constant) as int value in struct literal"
	fmt.Println(p, q, r, s, t, u, pts, ptrs, m, arr, arr2, l, mm, n, &wg, o)
	k := int{1} // ERROR "invalid composite literal type int"
	fmt.Println(k, len(arr))
	const L = len(arr)
	var a [L]string
	fmt.Println(a, p.X, p.z) // ERROR "p.z undefined (type Point has no field or method z)"
}
