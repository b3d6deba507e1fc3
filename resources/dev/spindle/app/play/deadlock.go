package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			j := <-jobs
			fmt.Println("worker", id, "got", j)
		}(i)
	}
	jobs <- 1
	wg.Wait() // two workers still wait for jobs: nobody sends again
	fmt.Println("never printed")
}
