package main
import (
	"fmt"
	fmt // ERROR "syntax error: missing import path"
)
func main() {
	var x, y int = 1
	a := 'ü'
	b := 'xyz // ERROR "newline in rune literal"
	é := 1
	c := 5..
} // ERROR "syntax error: unexpected }, expected name or ("
