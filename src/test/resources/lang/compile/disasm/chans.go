package main

func main() {
	ch := make(chan int, 1)
	go func() { ch <- 1 }()
	select {
	case v := <-ch:
		println(v)
	default:
	}
	close(ch)
}
