package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.Mutex
	n  int
}

type stats struct {
	hits atomic.Int64
	once sync.Once
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg2 := wg
	wg2.Done()
	wg2.Done()
	wg2.Wait()
	fmt.Println("copy reached zero on its own")
	wg.Done()
	wg.Done()
	wg.Wait()
	fmt.Println("original too")

	var c counter
	c.mu.Lock()
	c.n = 1
	e := c
	c.mu.Unlock()
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	fmt.Println(c.n, e.n)

	var s stats
	s.hits.Add(5)
	s.once.Do(func() { fmt.Println("once") })
	t := s
	t.hits.Add(1)
	t.once.Do(func() { fmt.Println("never: the copy is done too") })
	fmt.Println(s.hits.Load(), t.hits.Load())

	var fresh sync.Once
	f2 := fresh
	fresh.Do(func() { fmt.Println("fresh") })
	f2.Do(func() { fmt.Println("its earlier copy is separate") })

	var rw sync.RWMutex
	rw.RLock()
	rw2 := rw
	rw.RUnlock()
	rw.Lock()
	fmt.Println("original write-locked")
	rw.Unlock()
	rw2.RLock()
	fmt.Println("copy read-locked again")
}
