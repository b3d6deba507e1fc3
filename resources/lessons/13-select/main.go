package main

import (
	"fmt"
	"time"
)

func main() {
	answer := make(chan string, 1) // buffered, so the late sender never gets stuck
	go func() {
		time.Sleep(200 * time.Millisecond)
		answer <- "slow answer"
	}()

	select {
	case a := <-answer:
		fmt.Println(a)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timeout: gave up after 100ms")
	}

	mailbox := make(chan string, 1)
	for i := 0; i < 2; i++ {
		select {
		case m := <-mailbox:
			fmt.Println("received", m)
		default:
			fmt.Println("no message, not waiting")
			mailbox <- "hello"
		}
	}
}
