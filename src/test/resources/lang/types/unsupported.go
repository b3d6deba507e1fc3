package main

import (
	"fmt"
	"net/http" // ERROR "package net/http is not supported by spindle"
	"foo/bar" // ERROR "package foo/bar is not supported by spindle"
	"unsafe" // ERROR "package unsafe is not supported by spindle"
)

func main() {
	c := 1
	var z complex128 // ERROR "complex numbers are not supported by spindle"
	fmt.Println(c, z)
}
