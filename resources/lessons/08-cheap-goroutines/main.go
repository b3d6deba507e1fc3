package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	start := make(chan struct{})
	results := make([]int, n)

	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-start // every goroutine parks here until the start signal
			results[id] = id % 10
		}(i)
	}
	fmt.Println("goroutines alive:", runtime.NumGoroutine())

	close(start) // wake them all at once
	wg.Wait()

	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("sum:", sum)
}
