package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[:2], strings.ToUpper(s))
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	bs := []byte("abc")
	bs[0] = 'z'
	rs := []rune(s)
	fmt.Println(string(bs), len(rs), string(rs[7:]), s < "i", s+"!" == "héllo, 世界!")
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(fmt.Sprint(i))
	}
	fmt.Println(sb.String(), strings.Split("a,b,c", ","), strings.Repeat("ab", 3))
	fmt.Printf("%q %v %5s|%-5s|\n", "hi\n", []string{"x", "y"}, "r", "l")
}
