package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, jobs <-chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			fmt.Println("worker", id, "stops:", ctx.Err())
			return
		case j := <-jobs:
			time.Sleep(100 * time.Millisecond) // the job's work
			fmt.Println("worker", id, "did job", j)
		}
	}
}

func main() {
	// After 350ms the context's timer cancels it: ctx.Done() closes.
	ctx, cancel := context.WithTimeout(context.Background(), 350*time.Millisecond)
	defer cancel()

	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(ctx, w, jobs, &wg)
	}

	// An endless stream of jobs, until the context is done.
	go func() {
		for j := 1; ; j++ {
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()

	wg.Wait()
	fmt.Println("pool stopped:", ctx.Err())
}
