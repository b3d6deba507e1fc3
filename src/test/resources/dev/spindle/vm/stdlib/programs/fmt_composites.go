package main

import (
	"errors"
	"fmt"
	"strconv"
)

type T struct{ N int }

func (t *T) String() string { return "T" + strconv.Itoa(t.N) }

type V struct{ N int }

func (v V) String() string { return "V" + strconv.Itoa(v.N) }

type W1 struct{ V }
type W2 struct{ *T }
type W3 struct{ T }
type E struct{ error }

type Counter struct {
	name string
	hits map[string]int
}

func main() {
	fmt.Printf("%v %+v\n", Counter{"c", map[string]int{"b": 2, "a": 1}}, &Counter{"d", nil})
	var ip *int
	x := 5
	ip2 := &x
	fmt.Println(ip == nil, *ip2)
	fmt.Printf("%v %v\n", []*int{nil}, [2]bool{true})
	fmt.Printf("%d %v\n", []uint8{1, 2}, []int8{-1, 2})
	fmt.Printf("%s\n", []error{errors.New("a"), nil})
	fmt.Printf("%v|%s\n", [][]byte{[]byte("ab")}, [][]byte{[]byte("ab")})
	fmt.Printf("%x\n", []string{"ab", "c"})
	fmt.Printf("%5v|%-5v|%05v\n", []int{1, 22}, []string{"a"}, []int{3})
	fmt.Printf("%6.2f\n", []float64{1, 2.345})
	fmt.Printf("%q\n", []rune("hé"))
	fmt.Printf("%c|%U\n", []rune("hé"), []rune("hé"))
}
