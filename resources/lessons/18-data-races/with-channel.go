package main

import "fmt"

const workers, rounds = 2, 1000

func main() {
	increments := make(chan int)
	done := make(chan bool)
	count := 0
	go func() {
		// One goroutine owns count; the others send it their increments.
		for n := range increments {
			count += n
		}
		done <- true
	}()
	finished := make(chan bool)
	for w := 0; w < workers; w++ {
		go func() {
			for i := 0; i < rounds; i++ {
				increments <- 1
			}
			finished <- true
		}()
	}
	for w := 0; w < workers; w++ {
		<-finished
	}
	close(increments)
	<-done // the owner's last write happens before this receive completes
	fmt.Println("count:", count, "of", workers*rounds)
}
