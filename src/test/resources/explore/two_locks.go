package main

import (
	"fmt"
	"sync"
)

// Two mutexes guard two counters; a third goroutine takes both and reports.
func main() {
	var mu1, mu2 sync.Mutex
	n1, n2 := 0, 0
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		mu1.Lock()
		n1++
		mu1.Unlock()
	}()
	go func() {
		defer wg.Done()
		mu2.Lock()
		n2++
		mu2.Unlock()
	}()
	go func() {
		defer wg.Done()
		mu1.Lock()
		mu2.Lock()
		fmt.Println("saw", n1, n2)
		mu2.Unlock()
		mu1.Unlock()
	}()
	wg.Wait()
	fmt.Println("end", n1, n2)
}
