package main

import (
	"fmt"
	"time"
)

func main() {
	x := 0
	go func() {
		x = 1
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(x)
}

// race: 11 14
