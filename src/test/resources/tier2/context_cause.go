package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("disk full"))
	fmt.Println(ctx.Err(), "/", context.Cause(ctx))

	tctx, tcancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(tctx.Err(), "/", context.Cause(tctx))

	base, bcancel := context.WithCancel(context.Background())
	stop := context.AfterFunc(base, func() { fmt.Println("after func ran") })
	detached := context.WithoutCancel(base)
	bcancel()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("stop:", stop(), "detached:", detached.Err(), detached.Done() == nil)

	other, ocancel := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(other, func() { fmt.Println("never") })
	fmt.Println("stop2:", stop2())
	ocancel()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(context.Cause(context.Background()))
}
