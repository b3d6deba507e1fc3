package main

import (
	"fmt"
	"sync"
)

// A sync.Mutex is not re-entrant: a goroutine that holds it and
// locks it again waits for itself. DepositTwice holds the lock and
// calls Deposit, which locks it again.
type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) DepositTwice(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.Deposit(n) // locks a.mu again: waits for itself
	a.Deposit(n)
}

func main() {
	acct := &Account{}
	acct.Deposit(10)
	fmt.Println("balance", acct.balance)
	acct.DepositTwice(5)
	fmt.Println("balance", acct.balance)
}
