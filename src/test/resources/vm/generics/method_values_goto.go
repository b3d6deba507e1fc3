package main

import (
	"fmt"
	"strings"
)

type Pt struct{ X, Y int }

func (p Pt) Sum() int       { return p.X + p.Y }
func (p *Pt) Scale(k int)   { p.X *= k; p.Y *= k }
func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Fn func(int) int

func (f Fn) Twice(x int) int { return f(f(x)) }

func main() {
	p := Pt{1, 2}
	f := p.Sum
	p.X = 10
	fmt.Println(f(), p.Sum())
	g := p.Scale
	g(3)
	fmt.Println(p)
	h := Pt.Sum
	fmt.Println(h(Pt{4, 5}))
	k := (*Pt).Scale
	k(&p, 2)
	fmt.Println(p)
	s := (*Pt).Sum
	fmt.Println(s(&p))
	var m MyInt = 4
	d := m.Double
	fmt.Println(d(), MyInt.Double(7))
	var sh Shape = Sq{3}
	a := sh.Area
	fmt.Println(a(), Shape.Area(Sq{2}))
	st := fmt.Stringer.String
	fmt.Println(st(p))
	inc := Fn(func(x int) int { return x + 1 })
	fmt.Println(inc.Twice(1), Fn.Twice(inc, 5))
	up := strings.ToUpper
	fmt.Println(up("x"))
	var b strings.Builder
	w := b.WriteString
	w("hi")
	fmt.Println(b.String())

	i := 0
loop:
	if i < 3 {
		fmt.Print(i)
		i++
		goto loop
	}
	fmt.Println()
outer:
	for a := 0; a < 3; a++ {
		switch {
		case a == 1:
			continue outer
		case a == 2:
			break outer
		}
		fmt.Println("a", a)
	}
	goto end
end:
	fmt.Println("end")
}
