package main

func main() {
	switch x := 5; x {
	case 1:
	foo
	}
	select {
	x // ERROR "syntax error: unexpected name x, expected case or default or }"
	} // ERROR "syntax error: unexpected }, expected :"
}
