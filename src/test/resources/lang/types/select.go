package main

import "fmt"

func main() {
	ch := make(chan int)
	var out chan<- int = ch
	select {
	case v := <-out: // ERROR "invalid operation: cannot receive from send-only channel out (variable of type chan<- int)"
		fmt.Println(v)
	case x := 5: // ERROR "select case must be send or receive (possibly with assignment)"
		fmt.Println(x)
	case ch <- "s": // ERROR "cannot use \"s\" (untyped string constant) as int value in send"
	case v, ok := <-ch: // ERROR "declared and not used: ok"
		fmt.Println(v)
	default:
	default: // ERROR "multiple defaults (first at prog.go:16:2)"
	}
	counter := 0 // ERROR "declared and not used: counter"
	go func() {
		counter = 1
	}()
	select {}
}
