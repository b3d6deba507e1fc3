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
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
			_ = config["mode"]
		}()
	}
	wg.Wait()
	fmt.Println(config["mode"])
}
