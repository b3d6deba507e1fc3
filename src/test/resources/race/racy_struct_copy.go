package main

import "fmt"

type Point struct {
	X, Y int
}

// Copying a whole struct reads every field: the goroutine's write of p.Y races with the copy
// (Go checks the copy as a read of the struct's whole range).
func main() {
	p := &Point{1, 2}
	done := make(chan bool)
	go func() {
		p.Y = 5
		done <- true
	}()
	q := *p
	<-done
	fmt.Println(q.X)
}

// race: 15 18
