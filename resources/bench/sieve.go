// Sieve of Eratosthenes over a []bool, repeated: nested loops that index a slice.
package main

import "fmt"

const n = 2000000 // bench: smoke 1000

func count(limit int) int {
	composite := make([]bool, limit+1)
	primes := 0
	for i := 2; i <= limit; i++ {
		if composite[i] {
			continue
		}
		primes++
		for j := i * i; j <= limit; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	total := 0
	for r := 0; r < 5; r++ {
		total += count(n)
	}
	fmt.Println(total)
}
