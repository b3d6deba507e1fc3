package main

import (
	"fmt"
	"time"
)

var message string
var ready bool

func publish() {
	message = "hello"
	ready = true
}

func main() {
	go publish()
	for i := 0; i < 100; i++ {
		if ready {
			break
		}
		time.Sleep(time.Microsecond)
	}
	fmt.Println(message != "x")
}

// race: 13 19
// race: 12 24
