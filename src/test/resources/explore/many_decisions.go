package main

import (
	"fmt"
	"sync"
)

// Two thousand goroutines, each a send and a wg.Done(): thousands of decisions in every
// schedule of the free model.
func main() {
	const n = 2000
	ch := make(chan int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ch <- i
		}(i)
	}
	wg.Wait()
	fmt.Println(len(ch))
}
