package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Atomic adds by four goroutines, then a plain read after wg.Wait: the Wait orders every
// Done (and the add before it) before the read, so mixing the two is correct here.
func main() {
	var hits int64
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&hits, 1)
		}()
	}
	wg.Wait()
	hits++
	fmt.Println(hits)
}
