package main

import (
	"fmt"
	"sync"
)

// worker receives a copy of main's WaitGroup: its Done counts down the
// copy, never main's wg. go vet warns about it before the program runs.
func worker(id int, wg sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id, "finished")
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, wg) // copies wg, counter and all
	}
	wg.Wait() // main's counter stays at 3
	fmt.Println("all workers finished")
}
