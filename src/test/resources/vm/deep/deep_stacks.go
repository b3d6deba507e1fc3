package main

// Deep stacks (issue 18): past 16,384 frames Spindle keeps the frames far below the top as
// plain data (vm/FrameSpill). Deferred calls deep down, a panic recovered 300,000 frames up,
// mutual recursion, a closure on every other frame, a callback from sort.Slice that recurses
// on top of a deep stack, and a goroutine recursing deep: all as Go runs them (Go 1.19).

import (
	"fmt"
	"sort"
)

var order []int

// down recurses n deep; every 997th frame defers a note, the bottom panics, and the
// panic is recovered at the top: the deferred calls run innermost first.
func down(n int) int {
	if n%997 == 0 {
		defer func() { order = append(order, n) }()
	}
	if n == 0 {
		panic("bottom")
	}
	return down(n-1) + 1
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

// sum goes down through a closure and a named function in turn, then adds on the way up.
func sum(n int, step func(int) int) int {
	if n == 0 {
		return 0
	}
	return step(n) + sum(n-1, step)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func sorted(n int) []int {
	if n > 0 {
		return sorted(n - 1)
	}
	xs := []int{5, 3, 9, 1}
	sort.Slice(xs, func(i, j int) bool { return depth(30000+xs[i]) < depth(30000+xs[j]) })
	return xs
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover(), len(order), order[0], order[len(order)-1]) }()
		down(300000)
	}()
	fmt.Println(even(250001), odd(250001))
	k := 3
	fmt.Println(sum(200000, func(i int) int { return i % k }))
	fmt.Println(sorted(40000))
	c := make(chan int)
	go func() { c <- depth(150000) }()
	fmt.Println(<-c)
}
