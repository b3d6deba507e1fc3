package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func(n string) {
			defer wg.Done()
			fmt.Println(n + "1")
			fmt.Println(n + "2")
		}(name)
	}
	wg.Wait()
}
