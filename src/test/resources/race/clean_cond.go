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
		fmt.Println(value)
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	value = 42
	ready = true
	cond.Signal()
	mu.Unlock()
	<-done
}
