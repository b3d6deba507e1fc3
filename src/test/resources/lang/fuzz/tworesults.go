package main
import "fmt"
func f() (int, int) { return 1, 2 }
func main(){ fmt.Println(f()) }
