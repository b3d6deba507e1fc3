package main

import "fmt"

// The goroutine fills its own slice, then hands it over: copy after the receive reads
// elements the send ordered before it.
func main() {
	done := make(chan []int)
	go func() {
		src := make([]int, 4)
		for i := range src {
			src[i] = i * i
		}
		done <- src
	}()
	src := <-done
	dst := make([]int, len(src))
	copy(dst, src)
	dst = append(dst, src...)
	fmt.Println(dst)
}
