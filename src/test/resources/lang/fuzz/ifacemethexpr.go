package main
import "fmt"
type I interface{ M() int }
type T int
func (t T) M() int { return int(t) }
func main(){ f := I.M; fmt.Println(f(T(3))) }
