package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1) // one lane: everybody must share it

	go func() {
		for {
			// a busy loop: never blocks, never yields on its own
		}
	}()

	go func() {
		for i := 1; i <= 3; i++ {
			fmt.Println("polite goroutine, turn", i)
			runtime.Gosched() // step aside and let the others run
		}
	}()

	time.Sleep(50 * time.Millisecond)
	fmt.Println("main woke up: the busy loop did not starve it")
}
