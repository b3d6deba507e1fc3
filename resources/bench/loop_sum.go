// The simplest counted loop: one add per iteration.
package main

import "fmt"

const n = 100000000 // bench: smoke 1000

func main() {
	sum := 0
	for i := 0; i < n; i++ {
		sum += i
	}
	fmt.Println(sum)
}
