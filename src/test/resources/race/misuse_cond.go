package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	value := 0
	done := make(chan bool)
	go func() {
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
		fmt.Println(value > 0)
		done <- true
	}()
	mu.Lock()
	ready = true
	cond.Signal()
	mu.Unlock()
	value = 42 // after the signal: nothing orders it with the read
	<-done
}

// race: 20 27
