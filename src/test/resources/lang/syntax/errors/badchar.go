package main

func main() {
	x := 1 @ 2 // ERROR "invalid character U+0040 '@'" "syntax error: unexpected literal 2 at end of statement"
	_ = x
}
