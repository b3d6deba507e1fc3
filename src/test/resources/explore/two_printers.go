package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("first")
	}()
	go func() {
		defer wg.Done()
		fmt.Println("second")
	}()
	wg.Wait()
	fmt.Println("done")
}
