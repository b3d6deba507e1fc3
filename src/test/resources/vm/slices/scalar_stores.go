// Scalar elements in every store Spindle uses (typed arrays and Object[] literals), mixed.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type B byte

type point [2]float32

func main() {
	// []byte from make, a literal, a string; string conversions both ways.
	b := make([]byte, 3, 5)
	b[0], b[1], b[2] = 'h', 200, 255
	lit := []byte{'a', 'b'}
	b = append(b, lit...)
	b = append(b, "xyz"...)
	fmt.Println(len(b), cap(b), b, string(b[3:]))
	fmt.Printf("%x %q %v\n", b[:3], b[3:5], []B{1, 255})
	n := copy(b, "Q")
	fmt.Println(n, b[0], string([]byte("héllo")))

	// Signed and narrow integers keep their values.
	i8 := make([]int8, 2)
	i8[0], i8[1] = -128, 127
	u16 := []uint16{65535}
	u16 = append(u16, make([]uint16, 2)...)
	u16[2]--
	fmt.Println(i8, u16, []rune("añ"), string([]rune{0x4e16, 'x'}))

	// Floats and bools, including -0 and NaN.
	f := make([]float64, 2)
	f[0] = -0.0
	f[0] = -f[0] * 0
	var zero float64
	f[1] = zero / zero
	fmt.Println(f[0], f[1] != f[1], make([]float32, 1)[0])
	var fl [3]bool
	fl[1] = true
	other := [3]bool{false, true, false}
	fmt.Println(fl == other, fl, other)

	// Arrays: zero-made and literal compare and hash alike (map keys).
	var p point
	p[0] = 1.5
	m := map[point]string{{1.5, 0}: "lit"}
	m[p] += "+made"
	fmt.Println(m, len(m))
	var grid [2][3]int
	grid[1][2] = 7
	g2 := grid
	g2[0][0] = 1
	fmt.Println(grid, g2, grid == g2)

	// Pointers to elements alias the store.
	xs := make([]int, 3)
	q := &xs[1]
	*q = 42
	ys := xs[1:]
	ys[1] = -1
	fmt.Println(xs, *q)

	// append grows a literal's store; copy between made and literal stores.
	zs := []int{3, 1, 2}
	zs = append(zs, 9, 8)
	made := make([]int, 4)
	copy(made, zs)
	sort.Ints(made)
	fmt.Println(zs, made, cap(zs))

	// clear and range.
	sum := 0.0
	for _, v := range []float64{0.5, 0.25} {
		sum += v
	}
	ws := []int{1, 2, 3}
	for i := range ws {
		ws[i] = 0
	}
	fmt.Println(sum, ws)

	// Library byte buffers.
	var sb strings.Builder
	sb.Grow(2)
	sb.WriteString("ab")
	sb.WriteByte(200)
	fmt.Println(sb.Len(), []byte(sb.String()))
	buf := strconv.AppendInt(make([]byte, 0, 1), -12, 10)
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf))
	fmt.Println(strings.Fields(" a  b "), strings.Join([]string{"x", "y"}, "-"))
}
