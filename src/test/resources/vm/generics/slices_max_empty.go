package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.Min([]int{3, 1, 2}))
	var none []float64
	fmt.Println(slices.Max(none))
}
