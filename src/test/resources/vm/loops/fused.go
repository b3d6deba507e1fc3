package main

import "fmt"

func main() {
	// The counting loop: test, i++ and the safepoint fuse into one back edge.
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += i
	}
	fmt.Println("sum", sum)

	// Every comparison, constant and local bounds, up and down, steps other than 1.
	n := 10
	count := 0
	for i := 0; i <= n; i += 3 {
		count++
	}
	for i := n; i > 0; i-- {
		count++
	}
	for i := n; i >= 0; i -= 2 {
		count++
	}
	for i := 0; i != n; i++ {
		count++
	}
	for i := 0; i == 0; i++ {
		count++
	}
	fmt.Println("count", count)

	// No post statement (LOOP_LK), and a post the back edge cannot fold (i *= 2).
	x := 100
	steps := 0
	for x > 1 {
		x /= 2
		steps++
	}
	p := 0
	for i := 1; i < 1000; i *= 2 {
		p++
	}
	fmt.Println("halvings", steps, "doublings", p)

	// A loop whose test is false at once never runs its body.
	for i := 5; i < 5; i++ {
		fmt.Println("never")
	}

	// The loop variable after the loop, and a loop variable changed in the body.
	j := 0
	for j = 0; j < 7; j++ {
		if j == 3 {
			j += 2
		}
	}
	fmt.Println("j", j)

	// Near the int64 limits: the fused increment wraps like Go's.
	var big int = 9223372036854775806
	iters := 0
	for k := big; k > 0; k++ {
		iters++
	}
	fmt.Println("iters", iters)

	// Nested scalar loops, then a loop that also calls: both paths give the same result.
	t := 0
	for a := 0; a < 30; a++ {
		for b := 0; b < a; b++ {
			t += a*b - b%3
		}
	}
	u := 0
	for a := 0; a < 30; a++ {
		for b := 0; b < a; b++ {
			u += mul(a, b) - b%3
		}
	}
	fmt.Println("nested", t, u)

	// Division by zero inside a scalar loop still panics with Go's message.
	defer func() { fmt.Println("recovered:", recover()) }()
	z := 3
	q := 0
	for i := 0; i < 10; i++ {
		q += 100 / (z - i)
	}
	fmt.Println("unreachable", q)
}

func mul(a, b int) int { return a * b }
