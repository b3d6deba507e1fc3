package main

func main() {
	var x = []int{1,2,3}
	x[0]++, x[1]++ // ERROR "syntax error: unexpected comma at end of statement"
	a, b := 1, 2, 3
	c <- 1, 2 // ERROR "syntax error: unexpected comma at end of statement"
	1++
	(x) := 1
	f() = 1
}
