package main

import (
	"fmt"
	"runtime"
)

// The goroutine writes x and then sends. Main yields once (Gosched orders nothing) and then
// takes the value if it is there: the receive orders x = 1 before x = 2, and there
// is no race. Only when the send has not happened yet does main take the default case, where
// nothing orders x = 3 with x = 1: a data race on those schedules and no other.
func main() {
	done := make(chan bool, 1)
	x := 0
	go func() {
		x = 1
		done <- true
	}()
	runtime.Gosched()
	select {
	case <-done:
		x = 2
	default:
		x = 3
		<-done
	}
	fmt.Println(x)
}

// race: 16 24
