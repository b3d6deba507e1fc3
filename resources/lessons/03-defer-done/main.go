package main

import (
	"fmt"
	"sync"
)

// fetch returns early for id 2, but its deferred Done still runs.
func fetch(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	if id == 2 {
		fmt.Printf("fetch %d: nothing to do, returning early\n", id)
		return
	}
	fmt.Printf("fetch %d: done\n", id)
}

// risky panics; the recover stops the panic, and Done still runs.
func risky(wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("risky: recovered:", r)
		}
	}()
	var items []int
	fmt.Println(items[3])
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go fetch(i, &wg)
	}
	wg.Add(1)
	go risky(&wg)

	wg.Wait()
	fmt.Println("main: every Done ran, the counter is back to 0")
}
