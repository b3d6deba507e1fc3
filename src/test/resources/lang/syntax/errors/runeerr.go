package main

func main() {
	a := '' // ERROR "empty rune literal or unescaped '"
	b := 'ab' // ERROR "more than one character in rune literal"
	c := '\q' // ERROR "unknown escape"
	_, _, _ = a, b, c
}
