package main

import (
	"fmt"
	"sync"
)

// Two senders on channels of their own: the sends commute, the prints do not.
func main() {
	a := make(chan int)
	b := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a <- 1
		fmt.Println("a sent")
	}()
	go func() {
		defer wg.Done()
		b <- 2
		fmt.Println("b sent")
	}()
	x := <-b
	y := <-a
	fmt.Println(x, y)
	wg.Wait()
}
