package main

import (
	"fmt"
	"sync"
)

// gen sends the numbers on a channel it closes when done.
func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

// square is a pipeline stage: receive, transform, send.
func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

// merge fans in: one goroutine per input, all sending to one output.
func merge(inputs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	for _, in := range inputs {
		wg.Add(1)
		go func(c <-chan int) {
			defer wg.Done()
			for n := range c {
				out <- n
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	numbers := gen(1, 2, 3, 4, 5, 6)

	// Fan out: two squarers read from the same channel.
	a := square(numbers)
	b := square(numbers)

	total := 0
	for n := range merge(a, b) {
		fmt.Println(n)
		total += n
	}
	fmt.Println("total:", total)
}
