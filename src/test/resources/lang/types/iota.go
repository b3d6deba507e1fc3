package main

import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"R", "G", "B"}[c] }

const (
	x int8 = 100 * (iota + 1)
	y // ERROR "cannot use 100 * (iota + 1) (untyped int constant 200) as int8 value in constant declaration (overflows)"
	z // ERROR "cannot use 100 * (iota + 1) (untyped int constant 300) as int8 value in constant declaration (overflows)"
)

func main() {
	fmt.Println(KB, MB, GB, a, b, c, d, Red, Blue, x, y)
}
