package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make([]int, 2)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i + 1
		}(i)
	}
	fmt.Println(results[0] >= 0) // before Wait
	wg.Wait()
}

// race: 15 18
