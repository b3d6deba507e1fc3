// A word count: a generated text split into words, counted in a map[string]int, the most
// frequent printed in order.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const n = 300000 // bench: smoke 500

func main() {
	syllables := []string{"ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "va", "ze"}
	// A deterministic text: a linear congruential generator picks 1-3 syllables per word.
	var sb strings.Builder
	seed := uint32(12345)
	next := func() int {
		seed = seed*1664525 + 1013904223
		return int(seed >> 16)
	}
	for i := 0; i < n; i++ {
		parts := 1 + next()%3
		for p := 0; p < parts; p++ {
			sb.WriteString(syllables[next()%len(syllables)])
		}
		if i%12 == 11 {
			sb.WriteString(".\n")
		} else {
			sb.WriteByte(' ')
		}
	}
	counts := map[string]int{}
	for _, w := range strings.Fields(sb.String()) {
		w = strings.TrimSuffix(w, ".")
		counts[w]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	fmt.Println(len(words), "distinct words")
	for _, w := range words[:5] {
		fmt.Println(w, counts[w])
	}
}
