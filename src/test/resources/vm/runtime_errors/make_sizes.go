package main

import "fmt"

// make's size checks, with Go's texts (maps ignore an impossible hint, as Go does).

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(name, "error:", e.Error())
		} else {
			fmt.Println(name, "recovered:", r)
		}
	}()
	f()
}

func main() {
	huge, neg := 1<<62, -1
	try("chan huge", func() { _ = make(chan int, huge) })
	try("chan negative", func() { _ = make(chan int, neg) })
	try("map huge", func() { fmt.Println(len(make(map[int]int, huge))) })
	try("map negative", func() { fmt.Println(len(make(map[int]int, neg))) })
	try("slice huge", func() { _ = make([]int, huge) })
	try("slice negative", func() { _ = make([]int, neg) })
	try("slice cap", func() { _ = make([]int, 10, 10+neg) })
	try("slice cap huge", func() { _ = make([]byte, 1, huge) })
	big := 300 << 20
	try("slice 300 MB", func() { fmt.Println(len(make([]byte, big))) })
}
