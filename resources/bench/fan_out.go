// A goroutine fan-out: a producer feeds jobs to eight workers over a channel, the workers
// send results on another, a WaitGroup closes it, main sums them.
package main

import (
	"fmt"
	"sync"
)

const n = 200000 // bench: smoke 100

func work(x int) int {
	s := 0
	for i := 0; i < 20; i++ {
		s += (x + i) * (x ^ i) % 97
	}
	return s
}

func main() {
	jobs := make(chan int, 64)
	results := make(chan int, 64)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for x := range jobs {
				results <- work(x)
			}
		}()
	}
	go func() {
		for i := 0; i < n; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum, count := 0, 0
	for r := range results {
		sum += r
		count++
	}
	fmt.Println(count, sum)
}
