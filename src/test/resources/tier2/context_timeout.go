package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, jobs <-chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			fmt.Println("worker", id, "stopping:", ctx.Err())
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			time.Sleep(time.Duration(j) * 100 * time.Millisecond)
			fmt.Println("worker", id, "finished job", j)
		}
	}
}

func hello(ctx context.Context, name string) error {
	fmt.Println("handler started for", name)
	defer fmt.Println("handler ended for", name)
	select {
	case <-time.After(10 * time.Second):
		fmt.Println("hello", name)
		return nil
	case <-ctx.Done():
		err := ctx.Err()
		fmt.Println("handler:", err)
		return err
	}
}

type key string

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 350*time.Millisecond)
	defer cancel()
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 1; w <= 2; w++ {
		wg.Add(1)
		go worker(ctx, w, jobs, &wg)
	}
	go func() {
		for j := 1; j <= 2; j++ {
			jobs <- j
		}
	}()
	wg.Wait()
	fmt.Println("pool:", ctx.Err(), errors.Is(ctx.Err(), context.DeadlineExceeded))

	ctx2, cancel2 := context.WithCancel(context.Background())
	go func() {
		time.Sleep(500 * time.Millisecond)
		cancel2()
	}()
	fmt.Println("result:", hello(ctx2, "gopher"))
	fmt.Println(ctx2.Err() == context.Canceled)

	vctx := context.WithValue(ctx2, key("user"), "ann")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")), vctx.Err())
	dl, ok := ctx.Deadline()
	fmt.Println(ok, time.Until(dl) < 0)
	_, ok = ctx2.Deadline()
	fmt.Println(ok)

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())

	past, pc := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer pc()
	fmt.Println("past:", past.Err())
	fmt.Println(context.Background(), context.TODO())
}
