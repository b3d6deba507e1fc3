package main

import (
	"fmt"
	"math"
)

// Every NaN is a key of its own: len grows, lookups and deletes miss.

func main() {
	m := map[float64]int{}
	m[math.NaN()] = 1
	m[math.NaN()] = 2
	m[1.5] = 3
	fmt.Println(len(m))
	_, ok := m[math.NaN()]
	fmt.Println(ok)
	delete(m, math.NaN())
	fmt.Println(len(m))
	sum, nans := 0, 0
	for k, v := range m {
		sum += v
		if k != k {
			nans++
		}
	}
	fmt.Println(sum, nans)
	n := map[any]int{}
	n[math.NaN()] = 1
	n[math.NaN()] = 1
	fmt.Println(len(n))
	z := map[float64]int{}
	z[0.0]++
	z[math.Copysign(0, -1)]++
	fmt.Println(len(z), z[0])
	one := map[float64]string{math.NaN(): "x"}
	fmt.Println(one)
}
