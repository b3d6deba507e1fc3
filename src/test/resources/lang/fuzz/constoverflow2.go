package main
import "fmt"
const c = 1 << 500
const d = c * c
func main(){ fmt.Println(d > 0) }
