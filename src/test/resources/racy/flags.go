package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

var done bool
var last Point
var grid [8]int

func writer(id int) {
	for i := 0; i < 2000; i++ {
		last = Point{id, i}
		grid[i%8] = id*10 + i%10
		if i%500 == 0 {
			runtime.Gosched()
		}
	}
}

func main() {
	go writer(1)
	go writer(2)
	seen := 0
	for i := 0; i < 3000; i++ {
		p := last
		if p.X == 1 {
			seen++
		}
		if i%700 == 0 {
			fmt.Println("main sees", p, grid)
		}
	}
	done = true
	fmt.Println("seen", seen, last, grid)
}
