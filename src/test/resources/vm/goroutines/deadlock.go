package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		v := <-ch
		fmt.Println(v)
	}()
	fmt.Println("waiting")
	var wg chan bool
	<-wg
}
