package main

import "fmt"

const (
	A = iota
	B
	C
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

const big = 1 << 100
const huge = big >> 98

func main() {
	var i8 int8 = 127
	var u uint = -1 // ERROR "cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)"
	var f float32 = 1e100 // ERROR "cannot use 1e100 (untyped float constant 1e+100) as float32 value in variable declaration (overflows)"
	var n int = 1.5 // ERROR "cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)"
	x := big // ERROR "cannot use big (untyped int constant 1267650600228229401496703205376) as int value in assignment (overflows)"
	const c int8 = 100
	y := c * 3 // ERROR "c * 3 (constant 300 of type int8) overflows int8"
	z := 1 / 0 // ERROR "invalid operation: division by zero"
	var w int = 2.0
	fmt.Println(A, B, C, Sunday, Monday, huge, i8, u, f, n, x, y, z, w)
	fmt.Println(iota) // ERROR "cannot use iota outside constant declaration"
	var s string = 'a' // ERROR "cannot use 'a' (untyped rune constant 97) as string value in variable declaration"
	fmt.Println(s, 10/3.0, 'a'+1, "s"+"t")
	d := 3 % 2.5 // ERROR "invalid operation: operator % not defined on 3 (untyped float constant)"
	fmt.Println(d)
}
