package main

import (
	"errors"
	"fmt"
	"os"
	"sync"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + ": not found" }

func main() {
	calls := 0
	get := sync.OnceValue(func() int {
		calls++
		fmt.Println("computing")
		return 42
	})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(get())
		}()
	}
	wg.Wait()
	fmt.Println("calls", calls)
	both := sync.OnceValues(func() (string, error) {
		return os.Args[0][:0] + "x", nil
	})
	s, err := both()
	fmt.Println(s, err)

	err = fmt.Errorf("lookup: %w", &NotFound{"cfg"})
	if nf, ok := errors.AsType[*NotFound](err); ok {
		fmt.Println("found", nf.Name)
	}
	_, ok := errors.AsType[*NotFound](errors.New("other"))
	fmt.Println(ok)
	j := errors.Join(errors.New("a"), &NotFound{"j"})
	nf, ok := errors.AsType[*NotFound](j)
	fmt.Println(nf, ok)
}
