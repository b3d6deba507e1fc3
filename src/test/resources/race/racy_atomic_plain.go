package main

import (
	"fmt"
	"sync/atomic"
)

// A counter added to atomically by one goroutine and read plainly by another: Go's detector
// reports a plain access racing an atomic one (only two atomic accesses never race).
func main() {
	var hits int64
	done := make(chan bool)
	go func() {
		atomic.AddInt64(&hits, 1)
		done <- true
	}()
	fmt.Println(hits >= 0)
	<-done
}

// race: 14 17
