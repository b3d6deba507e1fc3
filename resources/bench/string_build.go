// String building: numbers formatted with strconv into a strings.Builder, short strings
// concatenated with +, and the result scanned byte by byte.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

const n = 300000 // bench: smoke 500

func main() {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(strconv.Itoa(i * 7))
		sb.WriteByte(',')
		if i%10 == 9 {
			sb.WriteString("\n")
		}
	}
	s := sb.String()
	digits := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			digits++
		}
	}
	line := ""
	lines := 0
	for i := 0; i < n/10; i++ {
		line = "row " + strconv.Itoa(i) + ": " + strings.Repeat("-", i%8)
		lines += len(line)
	}
	fmt.Println(len(s), digits, lines, line)
}
