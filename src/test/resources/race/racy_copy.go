package main

import "fmt"

// copy reads every element of src: the goroutine's write of src[1] races with it.
func main() {
	src := []int{1, 2, 3}
	dst := make([]int, 3)
	done := make(chan bool)
	go func() {
		src[1] = 9
		done <- true
	}()
	copy(dst, src)
	<-done
	fmt.Println(dst[0])
}

// race: 11 14
