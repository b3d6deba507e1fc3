package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for _, name := range []string{"Ann", "Bob", "Cid"} {
		wg.Add(1)
		go func(who string) {
			defer wg.Done()
			fmt.Println(who)
		}(name)
	}
	wg.Wait()
	fmt.Println("all done")
}
