package main

func main() {
	func() {
	}
	go func() {}
	x := 1;;
	{
	}
	return 1, 2,
} // ERROR "syntax error: unexpected }, expected expression"
