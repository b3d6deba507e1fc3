// runtime.Goexit runs the deferred calls (recover sees nil) and ends the goroutine; after
// main's Goexit the others run on, then Go reports that no goroutine is left.

package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred in goroutine, recover:", recover())
		func() {
			defer fmt.Println("inner deferred")
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	wg.Wait()
	done := make(chan bool)
	go func() {
		<-done
		fmt.Println("other goroutine still runs after main's Goexit")
	}()
	defer fmt.Println("main deferred")
	defer close(done)
	runtime.Goexit()
}
