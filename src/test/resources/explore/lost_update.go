package main

import (
	"fmt"
	"runtime"
	"sync"
)

var counter int

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
			x := counter
			runtime.Gosched()
			counter = x + 1
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
