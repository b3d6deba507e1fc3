package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Person struct {
	name string
	age  int
}

type byLen []string

func main() {
	strs := []string{"c", "a", "b"}
	slices.Sort(strs)
	fmt.Println("Strings:", strs)

	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println("Ints:   ", ints)

	s := slices.IsSorted(ints)
	fmt.Println("Sorted: ", s)

	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int {
		return cmp.Compare(len(a), len(b))
	}
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)

	people := []Person{
		Person{name: "Jax", age: 37},
		Person{name: "TJ", age: 25},
		Person{name: "Alex", age: 72},
	}
	slices.SortFunc(people,
		func(a, b Person) int {
			return cmp.Compare(a.age, b.age)
		})
	fmt.Println(people)

	// Equal keys: the stable sort keeps the input order; a named slice type keeps its type.
	words := byLen{"ccc", "a", "bb", "dd", "e", "fff"}
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Printf("%v %T\n", words, words)
	floats := []float64{2.5, -1, 0}
	slices.Sort(floats)
	i, found := slices.BinarySearch(floats, 2.5)
	fmt.Println(floats, i, found, slices.Compare([]int{1, 2}, []int{1, 3}), cmp.Compare("b", "a"))
}
