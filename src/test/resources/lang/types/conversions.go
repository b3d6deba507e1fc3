package main

import (
	"fmt"
	"time"
)

type MyInt int
type Str string

func main() {
	var i int = 65
	var f float64 = 1.9
	s := string(rune(i))
	b := []byte("abc")
	r := []rune(s)
	n := int(f)
	m := MyInt(i)
	var k int = m // ERROR "cannot use m (variable of type MyInt) as int value in variable declaration"
	bad := int("5") // ERROR "cannot convert \"5\" (untyped string constant) to type int"
	bad2 := string(1.5) // ERROR "cannot convert 1.5 (untyped float constant) to type string"
	u := uint8(256) // ERROR "constant 256 overflows uint8"
	t := int(1.5) // ERROR "cannot convert 1.5 (untyped float constant) to type int"
	d := time.Duration(2) * time.Second
	var e time.Duration = 5
	g := float64(i) / 2
	h := i / 2.5 // ERROR "2.5 (untyped float constant) truncated to int"
	st := Str("x") + "y"
	var p *int = nil
	var q int = nil // ERROR "cannot use nil as int value in variable declaration"
	var z []string = []int{} // ERROR "cannot use []int{} (value of type []int) as []string value in variable declaration"
	arr := [3]int{}
	_ = arr[5] // ERROR "invalid argument: index 5 out of bounds [0:3]"
	str := "héllo"
	_ = str[10]
	str[0] = 'H' // ERROR "cannot assign to str[0] (neither addressable nor a map index expression)"
	var idx float64 = 1
	_ = arr[idx] // ERROR "invalid argument: index idx (variable of type float64) must be integer"
	_ = arr[-1] // ERROR "invalid argument: index -1 (constant of type int) must not be negative"
	fmt.Println(s, b, r, n, k, bad, bad2, u, t, d, e, g, h, st, p, q, z)
}
