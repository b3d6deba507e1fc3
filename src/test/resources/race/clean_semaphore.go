package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 1)
	shared := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			shared++
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(shared)
}
