package main

func main() {
	for i := 0; i < 3; j := 1 { // ERROR "syntax error: cannot declare in post statement of for loop"
	}
	if x := 1 { // ERROR "syntax error: cannot use x := 1 as value"
	}
	for var i = 0; i < 3; i++ { // ERROR "syntax error: var declaration not allowed in for initializer"
	}
}
