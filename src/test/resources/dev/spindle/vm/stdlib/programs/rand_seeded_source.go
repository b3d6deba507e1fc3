package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(10), r.Intn(1000), r.Int(), r.Int63(), r.Float64(), r.Perm(6), r.Int63n(1e12), r.Int31n(77))
	s := []int{1, 2, 3, 4, 5, 6, 7}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	r2 := rand.New(rand.NewSource(-5))
	fmt.Println(r2.Intn(100), r2.Intn(100))
	r3 := rand.New(rand.NewSource(0))
	fmt.Println(r3.Intn(100), r3.Intn(100))
}
