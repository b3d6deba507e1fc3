package main

// Natives (fmt, sort) call String/Error/Len... through methods promoted from embedded
// structs, pointers, interfaces and library types, exactly as compiled calls dispatch.

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Inner struct{ n int }

func (i Inner) String() string { return fmt.Sprintf("Inner(%d)", i.n) }

type W1 struct {
	Inner
	x int
}

type W3 struct{ W1 }

type PInner struct{ s string }

func (p *PInner) String() string { return "P:" + p.s }

type W2 struct{ *PInner }

type PtrOnly struct{ n int }

func (p *PtrOnly) String() string { return fmt.Sprint("PtrOnly", p.n) }

type W4 struct {
	PtrOnly
	x int
}

type Outer struct {
	A W1
	B []W1
	C W2
	D *W4
}

type E struct{ error }

type WI struct{ fmt.Stringer }

type D struct{ time.Duration }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Wrap struct{ sort.Interface }

func main() {
	fmt.Println(W1{Inner{1}, 2}, &W1{Inner{3}, 4}, W3{W1{Inner{5}, 6}})
	fmt.Println(W2{&PInner{"a"}}, []W1{{Inner{7}, 8}}, map[string]W2{"k": {&PInner{"c"}}})
	fmt.Println(Outer{W1{Inner{3}, 4}, []W1{{Inner{5}, 6}}, W2{&PInner{"b"}}, &W4{PtrOnly{7}, 8}})
	fmt.Println(W4{PtrOnly{1}, 2}, &W4{PtrOnly{3}, 4})
	fmt.Printf("%v %s %+v\n", W1{Inner{7}, 8}, W3{W1{Inner{9}, 0}}, []*W4{{PtrOnly{9}, 1}})
	fmt.Println(E{errors.New("boom")}, WI{&PInner{"i"}})
	fmt.Println(D{1500 * time.Millisecond}, &D{2 * time.Second}, []D{{time.Minute}})
	x := byLen{"ccc", "a", "bb"}
	r := sort.Reverse(x)
	fmt.Println(r.Len())
	sort.Sort(Wrap{x})
	fmt.Println(x)
	sort.Sort(r)
	fmt.Println(x)
}
