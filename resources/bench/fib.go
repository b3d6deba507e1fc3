// Recursive Fibonacci: calls and returns, nothing else.
package main

import "fmt"

const n = 32 // bench: smoke 15

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(n))
}
