package main

import "fmt"

// A method of an embedded struct hides the same method of that struct's own embedded
// interface (Go picks the shallowest depth), also when called through an interface.

type Errer interface{ Err() string }

type base struct{}

func (base) Err() string { return "base" }

type inner struct {
	Errer
	err string
}

func (c *inner) Err() string { return "inner:" + c.err }

type outer struct {
	inner
	x int
}

func main() {
	o := &outer{}
	o.Errer = base{}
	o.err = "e"
	var e Errer = o
	fmt.Println(e.Err(), o.Err(), o.Errer.Err())
}
