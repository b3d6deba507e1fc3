package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Go(func() {
			m.Store(i, i*i)
		})
	}
	wg.Wait()
	v, ok := m.Load(3)
	fmt.Println(v, ok)
	v, ok = m.Load(9)
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore(3, 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore(7, 49)
	fmt.Println(act, loaded)
	m.Delete(0)
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(keys)
	fmt.Println(m.CompareAndSwap(1, 1, 11), m.CompareAndSwap(1, 1, 12))
	v, _ = m.Load(1)
	fmt.Println(v)

	once := sync.OnceFunc(func() { fmt.Println("init once") })
	for i := 0; i < 3; i++ {
		once()
	}
}
