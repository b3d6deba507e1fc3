package main

import "fmt"

type Idx struct{ s []int }

func (i Idx) String() string { return fmt.Sprint(i.s[5]) }

type NilMap struct{ m map[string]int }

func (n NilMap) Error() string { n.m["x"] = 1; return "never" }

type PS struct{ v int }

func (p *PS) String() string { return fmt.Sprint("PS", p.v) }

func main() {
	fmt.Println(Idx{[]int{1}})
	fmt.Printf("[%v]\n", NilMap{})
	var p *PS
	fmt.Printf("%v|%s|%d\n", p, p, p)
	fmt.Println([]*PS{nil}[0], &PS{3})
}
