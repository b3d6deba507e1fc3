package main

import "fmt"

func main() {
	ch := make(chan int)
	for i := 1; i <= 3; i++ {
		go func(n int) {
			ch <- n
		}(i)
	}
	fmt.Println(<-ch, <-ch, <-ch)
}
