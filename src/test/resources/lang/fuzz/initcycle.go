package main
import "fmt"
var x = f()
func f() int { return x }
func main(){ fmt.Println(x) }
