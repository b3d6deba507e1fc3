package main

import (
	"container/ring" // ERROR "package container/ring is not supported by spindle"
	"context"
	"fmt"
	"github.com/x/y" // ERROR "package github.com/x/y is not supported by spindle"
	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"
)

func main() {
	fmt.Println(context.Background(), errgroup.Group{}, semaphore.NewWeighted(1))
}
