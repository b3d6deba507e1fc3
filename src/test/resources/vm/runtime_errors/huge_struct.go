package main

import "fmt"

// Two [1<<30]int64 arrays (16 GB) that Go maps lazily: more than the JVM's whole heap, so
// Spindle answers at once as Go does when memory runs out (it once filled a 4 GB Java array
// for a minute and a half first).

type S struct{ a, b [1 << 30]int64 }

func main() {
	var s S
	s.b[7] = 1
	fmt.Println(len(s.a), s.b[7])
}
