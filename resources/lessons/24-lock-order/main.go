package main

import (
	"fmt"
	"sync"
)

// Two transfers between the same two accounts, each locking both accounts:
// one locks a then b, the other b then a.
func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.Lock()
		b.Lock()
		fmt.Println("transfer a->b done")
		b.Unlock()
		a.Unlock()
	}()
	go func() {
		defer wg.Done()
		b.Lock()
		a.Lock()
		fmt.Println("transfer b->a done")
		a.Unlock()
		b.Unlock()
	}()
	wg.Wait()
	fmt.Println("both transfers done")
}
