package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(i int) error {
	if i > 0 {
		return &MyErr{i}
	}
	return nil
}

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", v+1)
	case string, bool:
		return fmt.Sprint("string or bool ", v)
	case Shape:
		return "shape " + v.Name()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
		fmt.Println(s.Name(), s.Area())
	}
	fmt.Println(total)
	fmt.Println(describe(nil), describe(4), describe("s"), describe(Rect{}), describe(2.5))
	err := find(2)
	var me *MyErr
	fmt.Println(err, errors.As(err, &me), me.Code, find(0) == nil)
	var s Shape = Rect{1, 1}
	if r, ok := s.(Rect); ok {
		fmt.Println("rect", r.W)
	}
	_, ok := s.(*Circle)
	fmt.Println(ok)
	var st fmt.Stringer
	fmt.Println(st == nil)
}
