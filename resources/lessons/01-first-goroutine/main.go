package main

import "fmt"

func say(s string) {
	fmt.Println(s)
}

func main() {
	go say("hi from a goroutine")
	fmt.Println("main: started a goroutine, returning now")
	// main returns here, and the program ends with it: the goroutine
	// may never get a chance to print. A time.Sleep before returning
	// "fixes" it only by luck; lesson 2 shows the real fix.
}
