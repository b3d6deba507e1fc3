package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	Hits  int
	Names []string
	Seen  map[int]int
}

func main() {
	var wg sync.WaitGroup
	var xs []int
	st := &Stats{Seen: map[int]int{}}
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				xs = append(xs, id*1000+i)
				st.Hits += i % 3
				if i%50 == 0 {
					st.Names = append(st.Names, fmt.Sprint("w", id, "-", i))
				}
				st.Seen[i%7] += id
			}
		}(w)
	}
	wg.Wait()
	sum := 0
	for _, x := range xs {
		sum += x
	}
	fmt.Println(len(xs), sum, st.Hits, len(st.Names), st.Seen)
	fmt.Println(st.Names)
}
