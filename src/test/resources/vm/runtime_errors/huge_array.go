package main

import "fmt"

// A 2 GB array Go maps lazily: Spindle's values are Java arrays, so it answers as Go does
// when memory runs out.

var a [1 << 31]byte

func main() {
	a[5] = 1
	fmt.Println(len(a), a[5])
}
