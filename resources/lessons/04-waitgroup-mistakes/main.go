package main

import (
	"fmt"
	"sync"
)

func main() {
	// Mistake 1: Add inside the goroutine. When main reaches Wait, the
	// goroutines may not have run yet, so the counter is still 0.
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		go func(id int) {
			wg.Add(1)
			defer wg.Done()
			fmt.Println("worker", id, "finished")
		}(i)
	}
	wg.Wait()
	fmt.Println("Wait returned: did the workers finish?")

	// Mistake 2: one Done too many. The counter would go below zero.
	var wg2 sync.WaitGroup
	wg2.Add(1)
	wg2.Done()
	wg2.Done() // panic: sync: negative WaitGroup counter

	// Mistake 3 (not reached): one Done too few. Wait never returns,
	// and when nothing else can run Go reports a deadlock:
	//   wg3.Add(2); go func() { wg3.Done() }(); wg3.Wait()
}
