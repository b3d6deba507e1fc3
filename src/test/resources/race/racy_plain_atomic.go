package main

import (
	"fmt"
	"sync/atomic"
)

// A flag written plainly and polled with atomic.LoadInt32: the write is not atomic, so the
// atomic load races with it.
func main() {
	var ready int32
	done := make(chan bool)
	go func() {
		ready = 1
		done <- true
	}()
	fmt.Println(atomic.LoadInt32(&ready) >= 0)
	<-done
}

// race: 14 17
