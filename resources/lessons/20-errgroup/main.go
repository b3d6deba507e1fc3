package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

// fetch pretends to download a page: page id takes id*100ms, and page 3 fails.
func fetch(ctx context.Context, id int) error {
	select {
	case <-time.After(time.Duration(id) * 100 * time.Millisecond):
		if id == 3 {
			return errors.New("page 3: server error")
		}
		fmt.Println("fetched page", id)
		return nil
	case <-ctx.Done():
		fmt.Println("page", id, "cancelled:", context.Cause(ctx))
		return ctx.Err()
	}
}

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	for id := 1; id <= 5; id++ {
		g.Go(func() error {
			return fetch(ctx, id)
		})
	}
	if err := g.Wait(); err != nil {
		fmt.Println("first error:", err)
	}
}
