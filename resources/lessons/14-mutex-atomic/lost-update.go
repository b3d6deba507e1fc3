package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	count := 0
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			count++ // read count, add 1, write count
		}()
	}
	wg.Wait()
	fmt.Println("count:", count)
}
