package main

import "fmt"

// An unbuffered channel hands a value from one goroutine to another:
// a send waits until a receiver takes it. Here main sends, and no
// other goroutine exists to receive. main waits for ever.
func main() {
	results := make(chan int)
	results <- 42 // blocks: nobody will ever receive
	fmt.Println("received", <-results)
}
