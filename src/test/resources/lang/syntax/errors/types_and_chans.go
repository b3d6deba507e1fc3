package main

type T struct {
	*(U) // ERROR "syntax error: cannot parenthesize embedded type"
	(V) // ERROR "syntax error: cannot parenthesize embedded type"
	7 // ERROR "syntax error: unexpected literal 7, expected field name or embedded type"
}

type S [3 // ERROR "syntax error: unexpected newline, expected ]"

type R =  // ERROR "syntax error: unexpected keyword type, expected type"

func main() { // ERROR "syntax error: unexpected ) after top level declaration"
	var c <-<-chan int // ERROR "syntax error: unexpected <-, expected keyword chan"
	var d chan<- <-x // ERROR "syntax error: unexpected name x, expected keyword chan"
	_, _ = c, d // ERROR "syntax error: non-declaration statement outside function body"
}
