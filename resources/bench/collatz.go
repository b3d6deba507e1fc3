// The longest Collatz chain below n: a while loop with a data-dependent branch and division.
package main

import "fmt"

const n = 300000 // bench: smoke 1000

func steps(x int) int {
	s := 0
	for x != 1 {
		if x%2 == 0 {
			x /= 2
		} else {
			x = 3*x + 1
		}
		s++
	}
	return s
}

func main() {
	best, arg := 0, 0
	for i := 1; i < n; i++ {
		if s := steps(i); s > best {
			best, arg = s, i
		}
	}
	fmt.Println(arg, best)
}
