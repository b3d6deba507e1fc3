package main
import "fmt"
func main(){ s := uint(2); var f float64 = 1 << s; fmt.Println(f) }
