package main

import "fmt"

// range over a channel stops only when the channel is closed. The
// producer sends three numbers and returns without close(numbers):
// main waits for a fourth number that nobody will ever send.
func main() {
	numbers := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			numbers <- i
		}
		// forgot: close(numbers)
	}()
	for n := range numbers {
		fmt.Println("got", n)
	}
	fmt.Println("done")
}
