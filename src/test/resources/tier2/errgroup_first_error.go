package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func fetch(ctx context.Context, id int) error {
	select {
	case <-time.After(time.Duration(id) * 100 * time.Millisecond):
		if id == 3 {
			return fmt.Errorf("fetch %d: %w", id, errBad)
		}
		fmt.Println("fetched", id)
		return nil
	case <-ctx.Done():
		fmt.Println("cancelled", id, ctx.Err())
		return ctx.Err()
	}
}

var errBad = errors.New("bad gateway")

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	for i := 1; i <= 5; i++ {
		id := i
		g.Go(func() error { return fetch(ctx, id) })
	}
	err := g.Wait()
	fmt.Println("wait:", err, errors.Is(err, errBad))
	fmt.Println("ctx:", ctx.Err(), context.Cause(ctx))

	var g2 errgroup.Group
	g2.SetLimit(2)
	results := make([]int, 6)
	for i := range results {
		g2.Go(func() error {
			time.Sleep(50 * time.Millisecond)
			results[i] = i * i
			return nil
		})
	}
	fmt.Println(g2.TryGo(func() error { return nil }))
	fmt.Println(g2.Wait(), results)
}
