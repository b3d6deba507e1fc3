package main

import (
	"fmt"
	"runtime"
	"sync"
)

// spin is CPU-bound work that never blocks.
func spin(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	sum := 0
	for i := 0; i < 200000; i++ {
		sum += i % 3
	}
	fmt.Println("goroutine", id, "done")
}

func run(label string) {
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go spin(i, &wg)
	}
	wg.Wait()
	fmt.Println(label, "finished")
}

func main() {
	// GOMAXPROCS(0) only asks; any other value sets it and returns the old one.
	procs := runtime.GOMAXPROCS(0)

	old := runtime.GOMAXPROCS(1)
	run("with GOMAXPROCS=1 (one lane)")

	runtime.GOMAXPROCS(old)
	run("with the default GOMAXPROCS")
	fmt.Println("GOMAXPROCS is back to the default:", runtime.GOMAXPROCS(0) == procs)
}
