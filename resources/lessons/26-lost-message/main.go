package main

import (
	"fmt"
	"sync"
)

// A producer sends three messages and says when it is done; a consumer
// handles them. main waits for the producer only: no sync.WaitGroup waits
// for the consumer.
func main() {
	messages := make(chan string)
	producerDone := make(chan bool)
	var mu sync.Mutex
	handled := 0

	go func() {
		for _, m := range []string{"one", "two", "three"} {
			messages <- m
		}
		close(messages)
		producerDone <- true
	}()

	go func() {
		for m := range messages {
			fmt.Println("consumer got", m)
			mu.Lock()
			handled++
			mu.Unlock()
		}
	}()

	<-producerDone
	mu.Lock()
	n := handled
	mu.Unlock()
	fmt.Println("main:", n, "of 3 messages handled")
}
