package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(out chan<- int) {
	out <- 1
	v := <-out // ERROR "invalid operation: cannot receive from send-only channel out (variable of type chan<- int)"
	fmt.Println(v)
	close(out)
}

func consumer(in <-chan int) {
	in <- 1 // ERROR "invalid operation: cannot send to receive-only channel in (variable of type <-chan int)"
	for v := range in {
		fmt.Println(v)
	}
	close(in) // ERROR "invalid operation: cannot close receive-only channel in (variable of type <-chan int)"
}

func main() {
	ch := make(chan int)
	go producer(ch)
	go consumer(ch)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
	}()
	wg.Wait()
	go wg.Done // ERROR "expression in go must be function call"
	defer 5 // ERROR "expression in defer must be function call"
	select {
	case v := <-ch:
		fmt.Println(v)
	case ch <- 2:
	case <-time.After(time.Second):
	default:
	}
	var n int
	n <- 1 // ERROR "invalid operation: cannot send to non-channel n (variable of type int)"
	<-n // ERROR "invalid operation: cannot receive from non-channel n (variable of type int)"
	for i, v := range ch { // ERROR "range over ch (variable of type chan int) permits only one iteration variable"
		fmt.Println(i, v)
	}
	var send chan<- string
	for s := range send { // ERROR "cannot range over send (variable of type chan<- string): receive from send-only channel"
		fmt.Println(s)
	}
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	sync.Mutex{}.Lock() // ERROR "cannot call pointer method Lock on sync.Mutex"
	defer len("x") // ERROR "defer discards result of len(\"x\") (constant 1 of type int)"
}
