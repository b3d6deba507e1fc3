package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	done := make(chan bool)
	go func() {
		ch <- "a"
		done <- true
	}()
	go func() {
		ch <- "b"
		done <- true
	}()
	<-done
	<-done
	fmt.Println(<-ch, <-ch)
}
