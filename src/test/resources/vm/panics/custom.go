package main

import "fmt"

type E struct{ msg string }

func (e E) Error() string { return "E: " + e.msg }

func main() {
	fmt.Println("start")
	panic(E{"bad"})
}
