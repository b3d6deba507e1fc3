package main

import "fmt"

func produce(out chan<- int) {
	for i := 1; i <= 6; i++ {
		out <- i * i // blocks only when the buffer is full
	}
	close(out) // no more values: lets the receiver's range end
}

func main() {
	squares := make(chan int, 3)
	go produce(squares)

	for sq := range squares {
		fmt.Println("got", sq)
	}

	v, ok := <-squares
	fmt.Println("after close:", v, ok)
}
