package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	racy := 0
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3000; i++ {
				racy++
			}
		}()
	}
	wg.Wait()
	fmt.Println("racy:", racy)
}
