package main

func main() {
	if x := 1; x > 0 {
	} else return // ERROR "syntax error: else must be followed by if or statement block"
	switch x := 1 x { // ERROR "syntax error: unexpected name x, expected {"
	}
	select default: { // ERROR "syntax error: missing { after select clause"
	}
	for x := range { // ERROR "syntax error: unexpected {, expected expression"
	} // ERROR "syntax error: unexpected }, expected { after for clause"
}
