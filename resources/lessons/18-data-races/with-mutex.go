package main

import (
	"fmt"
	"sync"
)

const workers, rounds = 2, 1000

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				mu.Lock()
				count++ // each Unlock happens before the next Lock: the increments are ordered
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", count, "of", workers*rounds)
}
