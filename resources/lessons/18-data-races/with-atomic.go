package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const workers, rounds = 2, 1000

func main() {
	var wg sync.WaitGroup
	var count atomic.Int64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				count.Add(1) // one indivisible step, ordered with every other on count
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", count.Load(), "of", workers*rounds)
}
