package main

import "fmt"

type Job struct {
	ID     int
	Result int
}

func main() {
	jobs := make(chan *Job)
	done := make(chan *Job)
	go func() {
		for j := range jobs {
			j.Result = j.ID * 10
			done <- j
		}
		close(done)
	}()
	go func() {
		for i := 1; i <= 3; i++ {
			jobs <- &Job{ID: i}
		}
		close(jobs)
	}()
	total := 0
	for j := range done {
		total += j.Result
	}
	fmt.Println(total)
}
