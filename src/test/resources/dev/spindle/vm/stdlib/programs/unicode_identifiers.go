package main

import "fmt"

type Größe struct{ Wert int; Ä string }

func main() {
	g := Größe{3, "ü"}
	fmt.Printf("%v %+v %T %#v\n", g, g, g, g)
}
