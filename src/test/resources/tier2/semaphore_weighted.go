package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	sem := semaphore.NewWeighted(2)
	ctx := context.Background()
	done := make(chan int)
	for i := 0; i < 5; i++ {
		go func(i int) {
			if err := sem.Acquire(ctx, 1); err != nil {
				fmt.Println(err)
				return
			}
			defer sem.Release(1)
			time.Sleep(100 * time.Millisecond)
			done <- i
		}(i)
	}
	start := time.Now()
	n := 0
	for range 5 {
		<-done
		n++
	}
	fmt.Println(n, time.Since(start).Round(100*time.Millisecond))
	fmt.Println(sem.TryAcquire(2), sem.TryAcquire(1))
	tctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	fmt.Println(sem.Acquire(tctx, 1))
}
