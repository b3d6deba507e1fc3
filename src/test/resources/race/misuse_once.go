package main

import (
	"fmt"
	"sync"
)

var config map[string]string
var once sync.Once

func load() {
	config = map[string]string{"mode": "fast"}
}

func main() {
	done := make(chan bool)
	go func() {
		once.Do(load)
		done <- true
	}()
	fmt.Println(config == nil || config != nil) // read without once.Do
	<-done
}

// race: 12 21
