package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Speaker interface{ Speak(loud bool) string }

type Cat struct{}

func (Cat) Speak() string { return "meow" }

type T struct{ n int }

func main() {
	var s Speaker = Cat{} // ERROR "cannot use Cat{} (value of type Cat) as Speaker value in variable declaration: Cat does not implement Speaker (wrong type for method Speak)"
	var wg sync.WaitGroup
	fmt.Println(wg.state, s) // ERROR "wg.state undefined (cannot refer to unexported field state)"
	var d time.Duration = time.Second * 1.5 // ERROR "1.5 (untyped float constant) truncated to int64"
	var secs int = 3
	time.Sleep(secs * time.Second) // ERROR "invalid operation: secs * time.Second (mismatched types int and time.Duration)"
	var str string = strings.Split("a,b", ",") // ERROR "cannot use strings.Split(\"a,b\", \",\") (value of type []string) as string value in variable declaration"
	t := T{}
	t.n() // ERROR "invalid operation: cannot call non-function t.n (variable of type int)"
	var fn func() = main
	fn = nil
	x := 5
	x.n = 2 // ERROR "x.n undefined (type int has no field or method n)"
	var m map[string]int
	m.foo = 1 // ERROR "m.foo undefined (type map[string]int has no field or method foo)"
	if x == "5" { // ERROR "invalid operation: x == \"5\" (mismatched types int and untyped string)"
	}
	var ptr *T
	ptr = &T{}
	ptr = T{} // ERROR "cannot use T{} (value of type T) as *T value in assignment"
	fmt.Println(d, str, ptr, m, fn)
	var arr []int
	arr.append(1) // ERROR "arr.append undefined (type []int has no field or method append)"
	y := nil // ERROR "use of untyped nil in assignment"
	var i interface{}
	i.foo() // ERROR "i.foo undefined (type interface{} has no field or method foo)"
	z := i + 1 // ERROR "invalid operation: i + 1 (mismatched types interface{} and int)"
	fmt.Println(y, z, !x, -"s") // ERROR "invalid operation: operator ! not defined on x (variable of type int)" "invalid operation: operator - not defined on \"s\" (untyped string constant)"
}
