package main

import (
	"fmt"
	r "math/rand" // ERROR "\"math/rand\" imported as r and not used"
	str "strings"
	_ "sort"
	"time" // ERROR "\"time\" imported and not used"
	"time" // ERROR "time redeclared in this block" "\"time\" imported and not used"
)

func main() {
	var x interface{} = 1
	switch x.(type) {
	default:
	default: // ERROR "multiple defaults (first at prog.go:15:2)"
	}
	fmt.Println(str.ToUpper("a"))
}
