package main

import "fmt"

func main() {
	fmt.Println("a" // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or )"
	)
}
