package main

import (
	"fmt"
	"os" // ERROR "\"os\" imported and not used"
)

func main() {
	x := 1
	var y string = x // ERROR "cannot use x (variable of type int) as string value in variable declaration"
	z := 2           // ERROR "declared and not used: z"
	fmt.Println(y, undefinedThing) // ERROR "undefined: undefinedThing"
}
