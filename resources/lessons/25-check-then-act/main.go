package main

import (
	"fmt"
	"sync"
)

// Two goroutines register a name in a shared map, each only if nobody has it yet.
// The check and the act are two steps, with the lock let go in between.
func main() {
	var mu sync.Mutex
	owner := map[string]string{}
	var wg sync.WaitGroup
	claim := func(who string) {
		defer wg.Done()
		mu.Lock()
		_, taken := owner["gopher"]
		mu.Unlock()
		if taken {
			fmt.Println(who, "sees the name is taken")
			return
		}
		mu.Lock()
		owner["gopher"] = who
		mu.Unlock()
		fmt.Println(who, "claimed the name")
	}
	wg.Add(2)
	go claim("ann")
	go claim("bob")
	wg.Wait()
	fmt.Println("the name belongs to", owner["gopher"])
}
