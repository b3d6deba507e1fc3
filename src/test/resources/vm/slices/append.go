package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(cap(s), " ")
	}
	fmt.Println()
	a := s[2:5]
	b := append(a, 100)
	fmt.Println(a, b, s[5], len(a), cap(a))
	c := s[2:5:5]
	d := append(c, 200)
	fmt.Println(c, d, s[5])
	e := make([]int, 3, 10)
	copy(e, []int{7, 8, 9, 10})
	fmt.Println(e, len(e), cap(e))
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 99
	fmt.Println(arr, arr2, arr == [3]int{1, 2, 3})
	m := [][]string{{"a"}, {"b", "c"}}
	m[1] = append(m[1], "d")
	fmt.Println(m, len(m[1]))
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), append(nilS, 1))
	fmt.Println(append([]int{1, 2}, []int{3, 4}...), append([]byte("ab"), "cd"...))
}
