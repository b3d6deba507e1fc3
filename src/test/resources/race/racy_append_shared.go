package main

import "fmt"

// Two appends to one slice with room to spare both write element 0 of the same backing
// array: append's store of the new element is a write, and nothing orders the two.
func main() {
	s := make([]int, 0, 10)
	done := make(chan []int)
	go func() {
		done <- append(s, 1)
	}()
	t := append(s, 2)
	u := <-done
	fmt.Println(len(t), len(u))
}

// race: 11 13
