package main

import "fmt"

func sign(n int) int {
	if n > 0 {
		return 1
	} else if n < 0 {
		return -1
	}
} // ERROR "missing return"

func loop() int {
	for {
	}
}

func loopBreak() int {
	for {
		break
	}
} // ERROR "missing return"

func sw(n int) string {
	switch n {
	case 1:
		return "one"
	default:
		return "other"
	}
}

func sel(ch chan int) int {
	select {
	case v := <-ch:
		return v
	}
}

func pan() int {
	panic("x")
}

func main() {
	fmt.Println(sign(1), loop(), loopBreak(), sw(1), sel(nil), pan())
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue
		}
	}
	break // ERROR "break is not in a loop, switch, or select"
outer:
	for i := range 3 {
		for j := range 3 {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
unused: // ERROR "label unused defined and not used"
	for {
		break nowhere // ERROR "break label not defined: nowhere"
	}
	switch x := 5; x {
	case 1:
		fallthrough
	case 2:
	case 1: // ERROR "duplicate case 1 (constant of type int) in expression switch"
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	if x := 1; x { // ERROR "non-boolean condition in if statement"
	}
	for i := 0; "a"; i++ { // ERROR "non-boolean condition in for statement"
	}
	goto outer
	fallthrough // ERROR "fallthrough statement out of place"
	var v interface{} = 1
	switch t := v.(type) { // ERROR "declared and not used: t"
	case int:
	case string:
		fallthrough // ERROR "cannot fallthrough in type switch"
	}
}
