package main

import (
	"fmt"
	"sync"
	"time"
)

// Two goroutines take two locks in opposite order: each ends up
// holding the lock the other one needs. Neither can ever go on.
func main() {
	var forks, knives sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)

	go func() {
		defer wg.Done()
		forks.Lock()
		time.Sleep(10 * time.Millisecond)
		knives.Lock() // waits for the other goroutine
		fmt.Println("first diner eats")
		knives.Unlock()
		forks.Unlock()
	}()

	go func() {
		defer wg.Done()
		knives.Lock()
		time.Sleep(10 * time.Millisecond)
		forks.Lock() // waits for the first goroutine: a cycle
		fmt.Println("second diner eats")
		forks.Unlock()
		knives.Unlock()
	}()

	wg.Wait()
	fmt.Println("everybody ate")
}
