package main

import "fmt"

type node struct {
	val  int
	next *node
}

type P *node

type T struct{ x int }

func (t *T) Get() int { return t.x }

type PT *T

// A prime sieve with a linked list of channels held through a defined pointer type.
type Filter *filter

type filter struct {
	prime int
	in    chan int
	next  Filter
}

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func sieve(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	var p P = &node{val: 1}
	p.next = &node{val: 2}
	fmt.Println(p.val, p.next.val, (*p).val)
	p.val = 5
	fmt.Println(p.val)
	ch := make(chan int)
	go generate(ch)
	var head Filter
	var last Filter
	for i := 0; i < 10; i++ {
		prime := <-ch
		f := Filter(&filter{prime: prime, in: ch})
		if head == nil {
			head = f
		} else {
			last.next = f
		}
		last = f
		fmt.Println(f.prime)
		ch1 := make(chan int)
		go sieve(ch, ch1, prime)
		ch = ch1
	}
	n := 0
	for f := head; f != nil; f = f.next {
		n += f.prime
	}
	fmt.Println("sum", n)
}
