package main

import "fmt"

func main() {
	n := 1 << 31
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = make(chan struct{}, -1+n-n)
	}()
	ch := make(chan [1 << 15]byte, n*8)
	fmt.Println(cap(ch))
}
