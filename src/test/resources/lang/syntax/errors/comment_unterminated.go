package main

func main() {
	/* unterminated // ERROR "comment not terminated"
