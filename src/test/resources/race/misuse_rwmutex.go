package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	n := 0
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			n++ // a write under a read lock: readers do not exclude each other
			rw.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println(n)
}

// race: 17 17
