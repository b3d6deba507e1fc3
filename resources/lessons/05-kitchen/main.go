package main

import (
	"fmt"
	"sync"
	"time"
)

// simmer mostly waits: while a pot simmers, the chef can start another.
func simmer(dish string, wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(100 * time.Millisecond)
	fmt.Println(dish, "is ready")
}

// chop keeps a chef busy the whole time: only more chefs (cores) help.
func chop(veg string, wg *sync.WaitGroup) {
	defer wg.Done()
	cuts := 0
	for i := 0; i < 300000; i++ {
		cuts += i % 7
	}
	fmt.Println(veg, "chopped,", cuts, "cuts")
}

func main() {
	var wg sync.WaitGroup

	start := time.Now()
	for _, dish := range []string{"soup", "rice", "stew", "sauce"} {
		wg.Add(1)
		go simmer(dish, &wg)
	}
	wg.Wait()
	fmt.Println("simmering 4 dishes took", time.Since(start).Milliseconds(), "ms")

	start = time.Now()
	for _, veg := range []string{"onions", "carrots", "leeks", "celery"} {
		wg.Add(1)
		go chop(veg, &wg)
	}
	wg.Wait()
	fmt.Println("chopping 4 vegetables took", time.Since(start).Milliseconds(), "ms")
}
