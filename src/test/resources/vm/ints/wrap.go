package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int32 = 1 << 30
	c *= 4
	var d uint64 = 1<<64 - 1
	e := d / 3
	f := -7 / 2
	g := -7 % 2
	var h uint32 = 1
	h <<= 31
	var s uint = 70
	fmt.Println(a, b, c, d, e, f, g, h, 1<<s, -8>>1, ^5, 6&^3)
	x := 3.0
	y := float32(1) / 3
	z := 2.9
	fmt.Println(x/2, y, int(z), int(-z), float64(7)/2)
	fmt.Printf("%d %x %o %b %08.3f %v\n", 255, 255, 8, 5, 3.14159, uint16(65535)+uint16(b&1))
}
