package main

import (
	"fmt"
	"time"
)

type Account struct {
	Name    string
	Balance int
}

func deposit(a *Account, n int) {
	a.Balance += n
}

func main() {
	acct := &Account{Name: "ada"}
	go deposit(acct, 10)
	deposit(acct, 20)
	time.Sleep(time.Millisecond)
	fmt.Println(acct.Name)
}

// race: 14 14
