package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan int, 2) // two at a time: not a mutex
	shared := 0
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- 1
			shared++
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(shared)
}

// race: 17 17
