package main

func main() {}

import "fmt" // ERROR "syntax error: imports must appear before other declarations"
