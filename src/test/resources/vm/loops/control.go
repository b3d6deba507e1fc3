package main

import "fmt"

func main() {
	// break, continue, labels and goto-free nesting with fused loops.
	evens := 0
	for i := 0; i < 20; i++ {
		if i%2 == 1 {
			continue
		}
		if i > 14 {
			break
		}
		evens += i
	}
	fmt.Println("evens", evens)

	found := -1
outer:
	for a := 0; a < 10; a++ {
		for b := 0; b < 10; b++ {
			if b > a {
				continue outer
			}
			if a*b == 42 {
				found = a*10 + b
				break outer
			}
		}
	}
	fmt.Println("found", found)

	pairs := 0
rows:
	for a := 0; a < 5; a++ {
		for b := 0; b < 5; b++ {
			if b == 3 {
				continue rows
			}
			pairs++
		}
	}
	fmt.Println("pairs", pairs)

	// range over an int, a slice and an array (also compiled with fused back edges).
	total := 0
	for i := range 5 {
		total += i
	}
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	for i, x := range xs {
		if x == 1 {
			continue
		}
		if x == 2 {
			break
		}
		total += i * x
	}
	arr := [3]string{"a", "b", "c"}
	s := ""
	for i := range arr {
		s += arr[len(arr)-1-i]
	}
	for range 3 {
		s += "!"
	}
	fmt.Println("total", total, s)

	// Loop variables captured by closures: one variable per iteration (Go 1.22).
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for i := range 3 {
		fs = append(fs, func() int { return i + 100 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// A closure that changes the loop variable of its own iteration.
	var incs []func()
	for i := 0; i < 6; i++ {
		incs = append(incs, func() { i++ })
		incs[len(incs)-1]()
		fmt.Print(i, " ")
	}
	fmt.Println()
}
