package main

func main() {
	for i := 0; i < 10; i++ {
	}
	for ;; {
	}
	for i := 0; i < 3 { // ERROR "syntax error: unexpected {, expected semicolon or newline"
	} // ERROR "syntax error: unexpected }, expected expression"
	if ; x {
	}
	if x; { // ERROR "syntax error: missing condition in if statement"
	}
	switch ; {
	}
}
