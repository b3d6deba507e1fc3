package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const workers, rounds = 4, 20000

func main() {
	var wg sync.WaitGroup

	racy := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				racy++ // read, add, write: another core can write in between
			}
		}()
	}
	wg.Wait()
	fmt.Println("racy:  ", racy, "of", workers*rounds)

	var mu sync.Mutex
	locked := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				mu.Lock()
				locked++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("mutex: ", locked, "of", workers*rounds)

	var counter atomic.Int64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < rounds; i++ {
				counter.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("atomic:", counter.Load(), "of", workers*rounds)
}
