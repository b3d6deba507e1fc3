package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string  { return "circle" }

type Base struct{ id int }

func (b *Base) ID() int { return b.id }

type Derived struct {
	*Base
	name string
}

type MyErr struct{}

func (MyErr) Error() string { return "my" }

func (r Rect) Area() float64 { return 0 } // ERROR "method Rect.Area already declared at prog.go:17:15"

type Pt struct{ w int }

func (p Pt) w() {} // ERROR "field and method with the same name w"

func (x int) Bad() {} // ERROR "cannot define new methods on non-local type int"

type ByLen []string

func (b ByLen) Len() int { return len(b) }

func main() {
	var s Shape = Rect{1, 2} // ERROR "cannot use Rect{…} (value of type Rect) as Shape value in variable declaration: Rect does not implement Shape (missing method Name)"
	var c Shape = Circle{1} // ERROR "cannot use Circle{…} (value of type Circle) as Shape value in variable declaration: Circle does not implement Shape (method Area has pointer receiver)"
	var p Shape = &Circle{1}
	d := Derived{&Base{1}, "d"}
	fmt.Println(s, c, p, d.ID(), d.id)
	var e error = MyErr{}
	var e2 error = &MyErr{}
	fmt.Println(e, e2, errors.New("x"))
	var st fmt.Stringer = time.Second
	var st2 fmt.Stringer = 5 // ERROR "cannot use 5 (constant of type int) as fmt.Stringer value in variable declaration: int does not implement fmt.Stringer (missing method String)"
	fmt.Println(st, st2)
	sort.Sort(ByLen{"a"}) // ERROR "cannot use ByLen{…} (value of type ByLen) as sort.Interface value in argument to sort.Sort: ByLen does not implement sort.Interface (missing method Less)"
	n := s.(Rect) // ERROR "impossible type assertion: s.(Rect)"
	m := s.(int) // ERROR "impossible type assertion: s.(int)"
	k := s.(*Rect) // ERROR "impossible type assertion: s.(*Rect)"
	var x int = 3
	y := x.(int) // ERROR "invalid operation: x (variable of type int) is not an interface"
	fmt.Println(n, m, k, y)
	switch v := s.(type) {
	case Rect, *Circle: // ERROR "impossible type switch case: Rect"
		fmt.Println(v)
	case string: // ERROR "impossible type switch case: string"
	case Rect: // ERROR "duplicate case Rect in type switch"
	}
	f := Rect.Area
	g := (*Circle).Name
	h := Circle.Name // ERROR "invalid method expression Circle.Name (needs pointer receiver (*Circle).Name)"
	fmt.Println(f, g, h)
}
