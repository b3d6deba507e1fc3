package main

import (
	"errors"
	"fmt"
)

type S interface{ String() string }
type T int

func (t T) String() string { return fmt.Sprint("T", int(t)) }

func main() {
	ch := make(chan int, 1)
	var v any
	ch <- 5
	select {
	case v = <-ch:
	}
	fmt.Println(v)

	ech := make(chan error, 1)
	var err error
	ech <- errors.New("boom")
	select {
	case err = <-ech:
	}
	fmt.Println(err)

	ach := make(chan any, 1)
	var a any
	ach <- "x"
	var ok bool
	select {
	case a, ok = <-ach:
	}
	fmt.Println(a, ok)

	tch := make(chan T, 1)
	var s S
	tch <- 7
	select {
	case s = <-tch:
	}
	fmt.Println(s)
	close(tch)
	select {
	case s = <-tch:
	}
	fmt.Println(s)
}

type holder struct{ e error }

func init() {
	ech := make(chan error, 2)
	ech <- errors.New("e1")
	ech <- nil
	var h holder
	m := map[string]any{}
	var ok bool
	select {
	case h.e, ok = <-ech:
	}
	fmt.Println(h.e, ok)
	select {
	case m["k"] = <-ech:
	}
	fmt.Println(m)
	ich := make(chan int, 1)
	ich <- 3
	select {
	case m["i"], ok = <-ich:
	}
	fmt.Println(m, ok)
	var st fmt.Stringer
	sch := make(chan T)
	go func() { sch <- 9 }()
	select {
	case st = <-sch:
	}
	fmt.Println(st)
}
