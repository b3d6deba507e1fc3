package main

import "fmt"

// A method value of a nil interface panics where it is made; ranging over a nil *[N]T
// panics only when it reads the elements.

type I interface{ M() int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	try("method value", func() {
		var i I
		f := i.M
		fmt.Println("not reached", f == nil)
	})
	try("range index", func() {
		var p *[3]int
		for i := range p {
			fmt.Println("i", i)
		}
		fmt.Println(len(p), cap(p))
	})
	try("range value", func() {
		var p *[3]int
		for i, v := range p {
			fmt.Println(i, v)
		}
	})
	try("range blank value", func() {
		var p *[2]string
		for i, _ := range p {
			fmt.Println("j", i)
		}
	})
}
