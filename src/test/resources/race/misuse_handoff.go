package main

import "fmt"

type Job struct {
	N int
}

func main() {
	jobs := make(chan *Job)
	done := make(chan bool)
	go func() {
		j := <-jobs
		fmt.Println(j.N >= 0)
		done <- true
	}()
	j := &Job{}
	jobs <- j
	j.N = 5 // after handing it off: the receiver may be reading it
	<-done
}

// race: 14 19
