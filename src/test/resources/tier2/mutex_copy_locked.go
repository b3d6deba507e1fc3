package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func main() {
	a := account{balance: 10}
	a.mu.Lock()
	snapshot := a // copies the locked mutex
	a.mu.Unlock()
	fmt.Println(snapshot.balance)
	snapshot.mu.Lock() // locked in the copy, and nobody will unlock it
	fmt.Println("unreachable")
}
