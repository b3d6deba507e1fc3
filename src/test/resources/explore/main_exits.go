package main

import (
	"fmt"
	"runtime"
)

func main() {
	go fmt.Println("goroutine")
	runtime.Gosched()
	fmt.Println("main")
}
