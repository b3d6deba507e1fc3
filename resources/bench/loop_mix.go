// A counted loop whose body mixes multiplication, remainder, shifts, xor and a branch.
package main

import "fmt"

const n = 30000000 // bench: smoke 1000

func main() {
	h := 0
	odd := 0
	for i := 0; i < n; i++ {
		h = (h*31 + i%7) ^ (h >> 5)
		if h&1 == 1 {
			odd++
		}
		h &= 0xffffffff
	}
	fmt.Println(h, odd)
}
