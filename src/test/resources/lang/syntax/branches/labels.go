package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
L:
	for {
		break L
	}
M:
	if true {
		break M // ERROR "invalid break label M"
	}
N:
	switch {
	case true:
		continue N // ERROR "invalid continue label N"
	}
	for {
		continue Q // ERROR "continue label not defined: Q"
		break R // ERROR "break label not defined: R"
	}
	goto Z // ERROR "goto Z jumps over declaration of x at prog.go:24:4"
	x := 1
	_ = x
Z:
	goto Y // ERROR "goto Y jumps into block starting at prog.go:28:2"
	{
	Y:
	}
U: // ERROR "label U defined and not used"
	func() {
		for {
			break U // ERROR "break label not defined: U"
		}
	}()
D: // ERROR "label D defined and not used"
D: // ERROR "label D already defined at prog.go:37:1"
	for {
		select {
		default:
			break
		}
		switch {
		default:
			continue
		}
	}
	goto nowhere // ERROR "label nowhere not defined"
}
