package main

import (
	"context"
	"fmt"
	"time"
)

func work(ok bool) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	if !ok {
		cancel()
		return nil
	}
	fmt.Println(ctx.Err())
	return nil
}

func work2(ok bool) {
	ctx, cancel := context.WithCancel(context.Background())
	if ok {
		defer cancel()
	}
	fmt.Println(ctx.Err())
}

func work3() {
	_, cancel := context.WithCancel(context.Background())
	defer cancel()
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	if ctx == nil {
		cancel()
	}
	work(true)
	work2(true)
}
