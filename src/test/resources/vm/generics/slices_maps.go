package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Person struct {
	name string
	age  int
}

func main() {
	strs := []string{"c", "a", "b"}
	slices.Sort(strs)
	fmt.Println("Strings:", strs)
	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println("Ints:   ", ints)
	fmt.Println("Sorted: ", slices.IsSorted(ints))

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

	var s []string
	fmt.Println("uninit:", s, s == nil, len(s) == 0)
	t := []string{"g", "h", "i"}
	t2 := []string{"g", "h", "i"}
	if slices.Equal(t, t2) {
		fmt.Println("t == t2")
	}
	fmt.Println(slices.Index(t, "h"), slices.Contains(t, "z"), slices.Max(ints), slices.Min(ints))
	slices.Reverse(t)
	fmt.Println(t)
	n, found := slices.BinarySearch([]string{"Alice", "Bob", "Vera"}, "Bill")
	fmt.Println("Bill:", n, found)
	xs := []int{0, 1, 2, 3, 4, 5}
	xs = slices.Insert(xs, 2, 10, 11)
	fmt.Println(xs, len(xs))
	xs = slices.Delete(xs, 1, 4)
	fmt.Println(xs)
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	m2 := maps.Clone(m)
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 1 })
	fmt.Println(m2, maps.Equal(m, m2))
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Println(i, v)
	}
	for i, v := range slices.Backward([]string{"x", "y"}) {
		fmt.Println(i, v)
	}
	upper := slices.Collect(func(yield func(string) bool) {
		for _, w := range strings.Fields("go is fun") {
			if !yield(strings.ToUpper(w)) {
				return
			}
		}
	})
	fmt.Println(upper, cmp.Or("", "dflt"), cmp.Less(1.5, 2))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}), slices.Repeat([]int{7}, 3))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	fmt.Println(slices.IndexFunc(people, func(p Person) bool { return p.age > 30 }))
	fmt.Println(slices.MaxFunc(people, func(a, b Person) int { return cmp.Compare(a.age, b.age) }))
	fmt.Println(maps.Collect(slices.All([]string{"p", "q"})))
}
