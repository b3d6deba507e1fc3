package main

func main() {
	var c chan
	var d <-chan <-chan int // ERROR "syntax error: missing channel element type"
}
