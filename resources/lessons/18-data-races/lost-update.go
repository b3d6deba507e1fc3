package main

import (
	"fmt"
	"sync"
)

const workers, rounds = 2, 1000

func main() {
	var wg sync.WaitGroup
	count := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				count++ // read, add, write: nothing orders the two goroutines' steps
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", count, "of", workers*rounds)
}
