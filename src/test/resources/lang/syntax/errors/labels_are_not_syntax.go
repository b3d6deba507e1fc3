package main

func main() {
L:
}

func g() {
	for {
	L2:
	}
}
