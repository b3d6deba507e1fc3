package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type counter struct {
	mu sync.Mutex
	n  int
}

type stats struct {
	hits atomic.Int64
}

func worker(id int, wg sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id)
}

func (c counter) get() int { return c.n }

func show(c counter, s stats, once sync.Once, rw sync.RWMutex) {}

func ret() counter { return counter{} }

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, wg)
	}
	wg.Wait()

	var c counter
	d := c
	d = c
	_ = d
	cs := []counter{{}, {}}
	for _, x := range cs {
		_ = x
	}
	for i, x := range cs {
		_, _ = i, x
	}
	m := map[string]sync.Mutex{}
	_ = m
	fn := func(m sync.Mutex) {}
	_ = fn
	var ws sync.WaitGroup
	go func() {
		ws.Add(1)
		defer ws.Done()
	}()
	ws.Wait()

	s := "hi"
	fmt.Printf("%d\n", s)
	fmt.Printf("%s %d\n", 1, 2, 3)
	fmt.Printf("%d\n")
	fmt.Println("x %d", 3)
	fmt.Sprintf("%d", 3)
	x := 1
	x = x
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	_ = ctx
	_ = cancel
	ctx2, _ := context.WithCancel(context.Background())
	_ = ctx2
	fmt.Sprint("a")
	fmt.Errorf("e")
	var v atomic.Int64
	v2 := v
	_ = v2
	show(c, stats{}, sync.Once{}, sync.RWMutex{})
}
