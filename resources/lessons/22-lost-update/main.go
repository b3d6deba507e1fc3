package main

import (
	"fmt"
	"sync"
)

var balance = 0

// deposit reads the balance, says what it read, then writes the new balance.
// Between the read and the write another goroutine may run.
func deposit(who string, amount int, wg *sync.WaitGroup) {
	defer wg.Done()
	b := balance
	fmt.Println(who, "read", b)
	balance = b + amount
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go deposit("alice", 10, &wg)
	go deposit("bob", 10, &wg)
	wg.Wait()
	fmt.Println("balance", balance)
}
