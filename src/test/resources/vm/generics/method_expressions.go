package main

import "fmt"

type Base struct{ n int }

func (b Base) Get() int        { return b.n }
func (b *Base) Add(k int)      { b.n += k }
func (b Base) Pair(x, y int) (int, int) { return b.n + x, b.n + y }

type Outer struct {
	Base
	name string
}

type Adder interface {
	Add(int)
	Get() int
}

func main() {
	o := Outer{Base{1}, "o"}
	g := Outer.Get
	fmt.Println(g(o))
	add := (*Outer).Add
	add(&o, 5)
	fmt.Println(o.n, (*Outer).Get(&o))
	pr := Outer.Pair
	fmt.Println(pr(o, 1, 2))
	var a Adder = &o
	ad := Adder.Add
	ad(a, 10)
	fmt.Println(Adder.Get(a), a.Get())
	f := a.Add
	f(1)
	fmt.Println(o.Get())
	fmt.Printf("%T\n", Adder.Add)
}
