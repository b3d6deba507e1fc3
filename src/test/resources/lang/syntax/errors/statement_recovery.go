package main

func main() {
	x := [...]int{1, 2, 3}
	var y = struct{ a, b int }{1, 2}
	ch := make(chan int)
	ch <- 1 +
	z := <-ch // ERROR "syntax error: unexpected := at end of statement"
	for i := range 10 {
		_ = i
	}
	switch v := x.(type) {
	}
	a, b := 1
	1 := a
	f(a b) // ERROR "syntax error: unexpected name b in argument list; possibly missing comma or )"
}
