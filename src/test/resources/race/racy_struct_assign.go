package main

import "fmt"

type Point struct {
	X, Y int
}

// Assigning a whole struct through a pointer writes every field: it races with the
// goroutine's read of p.X.
func main() {
	p := &Point{1, 2}
	done := make(chan int)
	go func() {
		done <- p.X
	}()
	*p = Point{3, 4}
	fmt.Println(<-done > 0)
}

// race: 15 17
