package main

import "fmt"

func f() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func g() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var xs []int
	_ = xs[3]
	return nil
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 1
	defer fmt.Println("x was", x)
	x = 2
	fmt.Println(f(), g())
	func() {
		defer func() {
			fmt.Println("recover:", recover())
		}()
		panic("boom")
	}()
	fmt.Println("end")
}
