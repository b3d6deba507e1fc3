package main

import (
	"fmt"
	"strconv"
)

func two() (int, string) { return 1, "a" }

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	c, d := two()
	e := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var f, g int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	h, i := 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	c, d := two() // ERROR "no new variables on left side of :="
	var m map[string]int
	v, ok := m["k"]
	n, err := strconv.Atoi("1")
	n, err2 := strconv.Atoi("2")
	x.y := 1 // ERROR "non-name x.y on left side of :=" "undefined: x"
	j, j := 1, 2 // ERROR "declared and not used: j" "j repeated on left side of :="
	_ = 5
	var _ = "x"
	fmt.Println(a, b, c, d, e, f, g, h, i, v, ok, n, err, err2)
	var p int
	p, q := "s", 1 // ERROR "cannot use \"s\" (untyped string constant) as int value in assignment"
	fmt.Println(p, q)
}
