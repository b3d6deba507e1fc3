package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var ready int32
	data := 0
	go func() {
		atomic.StoreInt32(&ready, 1)
		data = 7 // published after the flag
	}()
	for atomic.LoadInt32(&ready) == 0 {
		runtime.Gosched()
	}
	fmt.Println(data >= 0)
}

// race: 14 19
