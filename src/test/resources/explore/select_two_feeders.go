package main

import "fmt"

// Two feeders, one buffered and one not, drained by a select: which case fires first
// depends on who is ready.
func main() {
	a := make(chan string, 1)
	b := make(chan string)
	done := make(chan bool)
	go func() { a <- "a"; done <- true }()
	go func() { b <- "b"; done <- true }()
	for i := 0; i < 2; i++ {
		select {
		case v := <-a:
			fmt.Println(v)
		case v := <-b:
			fmt.Println(v)
		}
	}
	<-done
	<-done
}
