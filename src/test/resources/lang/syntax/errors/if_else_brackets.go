package main

func main() {
	if x {
	} else if { // ERROR "syntax error: missing condition in if statement"
	}
	for i := 0; i < 10; i++ {
		break L
	}
	var a [3 // ERROR "syntax error: unexpected newline, expected ]"
	b := map[string]int{"a": 1, "b"} // ERROR "syntax error: unexpected :=, expected ="
	c := []int{1, 2, 3,}
	goto L
}
