package main

import (
	"fmt"
	"sort"
)

type key struct{ a, b int }

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	delete(m, "one")
	v, ok := m["one"]
	fmt.Println(len(m), v, ok, m["two"])
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, m)
	pts := map[key]string{{1, 2}: "x"}
	pts[key{3, 4}] = "y"
	fmt.Println(pts[key{1, 2}], len(pts))
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['z'])
	var nm map[string]int
	fmt.Println(nm["x"], len(nm))
}
