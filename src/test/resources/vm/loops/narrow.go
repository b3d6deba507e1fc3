package main

import "fmt"

func main() {
	// Narrow loop variables wrap per width; these loops stop only because they wrap.
	var n8 int
	for i := int8(100); i > 0; i++ {
		n8++
	}
	fmt.Println("int8", n8)

	var nu8 int
	for b := uint8(250); b != 3; b++ {
		nu8++
	}
	fmt.Println("uint8", nu8)

	var n32 int
	for i := int32(2147483640); i > 0; i += 3 {
		n32++
	}
	fmt.Println("int32", n32)

	var nu16 int
	for u := uint16(10); u >= 5; u-- {
		nu16++
		if nu16 > 100000 {
			break
		}
	}
	fmt.Println("uint16", nu16)

	// Sums accumulated in narrow types inside scalar loops.
	var s8 int8
	var su8 uint8
	var s32 int32
	var su32 uint32
	for i := 0; i < 1000; i++ {
		s8 += int8(i)
		su8 += uint8(i * 7)
		s32 += int32(i * 5000000)
		su32 -= uint32(i)
	}
	fmt.Println(s8, su8, s32, su32)

	// int64 and uint64 at their limits.
	var i64 int64 = 9223372036854775800
	for k := 0; k < 10; k++ {
		i64++
	}
	var u64 uint64 = 18446744073709551610
	c := 0
	for v := u64; v >= 18446744073709551610; v++ {
		c++
	}
	fmt.Println(i64, c)
}
