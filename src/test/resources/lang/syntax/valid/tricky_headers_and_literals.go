// Constructs where the parser must decide between a composite literal and a block, a type
// and an expression, or a conversion and a call. Accepted by go vet.
package main

import "fmt"

type T struct {
	a    int
	list []int
}

type F func(a, b int, c ...string) (err error)

type I interface{ M() }

func (T) M() {}

func main() {
	if x := (T{}); x.a > 0 {
	}
	for _, p := range []struct{ a int }{{1}} {
		_ = p
	}
	var x interface{} = T{}
	switch t := x.(type) {
	case interface{ M() }:
		_ = t
	case func() int, map[string]int, chan<- chan int, <-chan <-chan int:
	}
	var f = func() {}
	go f()
	s := struct{ a, b int }{1, 2}
	_ = (*int)(nil)
	_ = []byte("x")
	_ = (func(int))(nil)
	a := [...]string{2: "b", 0: "a"}
	m := map[[2]int]string{{1, 2}: "x"}
	ps := []*T{{a: 1}, &T{}}
	ch := make(chan int, 1)
	ch <- 1
	var v int
	select {
	case v = <-ch:
	case ch <- v:
	}
	const (
		c0 = iota
		c1
	)
	var fn F
	if g := func() bool { return true }; g() {
	}
	for i := range (T{}).list {
		_ = i
	}
	defer func() { recover() }()
	mv := s.a
	me := T.M
	me(T{})
	var y interface{} = func() int { return 1 }
	_ = y.(func() int)()
	type local = map[string][]func(x, y int) (int, error)
	var l local
	arr := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	_ = arr[1][2:][0]
	z := -(-1)
	z <<= 1 + 1
	w := 1 &^ 3 | 4 ^ 5 << 2 >> 1 % 3
	var r rune = '\t'
	str := "a" + `b` + string(r)
	b := !(z > 0) == (w < 0)
	fmt.Println(a, m, ps, v, c0, c1, fn == nil, mv, l, z, w, str, b, len(arr), cap(ch))
	func() {
		defer fmt.Println("x")
	}()
	var _ = struct {
		T
		I
		n int `tag:"x"`
	}{}
	goto done
done:
	for {
		break
	}
}
