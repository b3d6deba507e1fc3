package main
import ("fmt"; "math")
func main(){ m := map[float64]int{}
 m[math.NaN()] = 1; m[math.NaN()] = 2
 fmt.Println(len(m)) }
