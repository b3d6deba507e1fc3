package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Println("goroutine", id)
		}(i)
	}
	wg.Wait()
	fmt.Println("started in order 1..5; did they print in order?")
}
