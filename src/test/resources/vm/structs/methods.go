package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Move(dx int) { p.X += dx }

type Named struct {
	Point
	Name string
}

type Counter int

func (c *Counter) Inc() { *c++ }

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	p.Move(5)
	pp := &p
	pp.Move(1)
	fmt.Println(p, q, p.Sum(), pp.Sum())
	n := Named{Point{3, 4}, "n"}
	n.Move(1)
	fmt.Println(n.Sum(), n.X, n)
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c)
	ps := []Point{{1, 1}, {2, 2}}
	for i := range ps {
		ps[i].Move(10)
	}
	for _, v := range ps {
		v.Move(100)
	}
	fmt.Println(ps)
	ptr := &ps[0]
	ptr.Y = 7
	fmt.Println(ps[0], *ptr)
	x := 5
	px := &x
	*px = 6
	fmt.Println(x, p == Point{7, 2})
	f := p.Sum
	p.X = 100
	fmt.Println(f())
}
