package main

import (
	"fmt"
	"time"
)

func main() {
	pass := make(chan string) // unbuffered: a hand-off, not a mailbox

	go func() {
		fmt.Println("cook: the pasta is ready, waiting for a waiter")
		pass <- "pasta" // blocks until someone receives
	}()

	time.Sleep(100 * time.Millisecond)
	fmt.Println("waiter: here I am")
	dish := <-pass
	fmt.Println("waiter: serving the", dish)
}
