package main

import (
	"fmt"
	"sync"
)

// Three workers, three wg.Add(1), but worker 2 returns early before
// it calls wg.Done(): the counter never gets back to 0, and wg.Wait()
// waits for ever.
func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			if id == 2 {
				fmt.Println("worker 2 returns early")
				return // forgot wg.Done()
			}
			fmt.Println("worker", id, "done")
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("all workers done")
}
