package main

import (
	"fmt"
	"sync"
)

func task(id int, results []int, wg *sync.WaitGroup) {
	defer wg.Done()
	sum := 0
	for k := 0; k < 20000; k++ {
		sum += k % (id + 1)
	}
	results[id] = sum
}

func main() {
	const n = 32
	results := make([]int, n)
	var wg sync.WaitGroup

	// One goroutine spawns every task: they all land in main's run queue,
	// and the idle carriers have to steal them.
	for i := 0; i < n; i++ {
		wg.Add(1)
		go task(i, results, &wg)
	}
	wg.Wait()

	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println(n, "tasks done, total", total)
}
