package main

func (r T) () {} // ERROR "syntax error: unexpected (, expected name"
func () {} // ERROR "method has no receiver" "syntax error: unexpected {, expected name"

func main() {
	var x = map[string]int{"a": 1,
		"b": 2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	}
}
