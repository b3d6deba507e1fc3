package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

type T struct{ N int }

func (t *T) String() string { return "T" + strconv.Itoa(t.N) }

type V struct{ N int }

func (v V) String() string { return "V" + strconv.Itoa(v.N) }

type Boom struct{}

func (Boom) String() string { panic(errors.New("kaboom")) }

type K struct {
	A string
	B int
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Temp float64

func main() {
	var tp *T
	var vp *V
	fmt.Println(tp, vp, &T{1}, T{2}, V{3}, &V{4})
	fmt.Printf("%s|%v|%d\n", Boom{}, []any{Boom{}}, Boom{})
	m := map[K]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3}
	fmt.Println(m)
	mb := map[bool]string{true: "t", false: "f"}
	mf := map[float64]int{2.5: 1, -1: 2, 0: 3}
	fmt.Println(mb, mf, map[any]int{"b": 1, 2: 2, "a": 3, 1: 4})
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again until done ok go")
	sort.Sort(byLen(words))
	fmt.Println(words)
	sort.Stable(sort.Reverse(byLen(words)))
	fmt.Println(words)
	nums := make([]int, 0, 100)
	for i := 0; i < 100; i++ {
		nums = append(nums, (i*37)%23)
	}
	idx := make([]int, len(nums))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return nums[idx[a]] < nums[idx[b]] })
	fmt.Println(idx)
	fmt.Println(strings.Repeat("=", 10), strings.Count("ababab", "aba"), strings.Index("héllo", "l"), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b,c", ","), strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	before, after, found := strings.Cut("k:v:w", ":")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Σ", "σ"), strings.ToUpper("ß"), strings.ToLower("İ"), len(strings.ToLower("İ")))
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Round(time.Minute), d.Truncate(time.Hour), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(time.Duration(-1), time.Duration(999), time.Duration(1001), time.Duration(1000000001), -time.Duration(1<<63-1))
	fmt.Printf("%v %s %d %T\n", 2*time.Second, 2*time.Second, 2*time.Second, 2*time.Second)
	fmt.Println(time.March, time.Weekday(6), time.Month(13))
	fmt.Println(Temp(3.5), []Temp{1}, map[string]Temp{"x": 2})
	fmt.Printf("%v %.1f %5.2v|\n", Temp(1.25), Temp(1.25), Temp(1.25))
	type pair struct {
		k string
		v *int
	}
	fmt.Printf("%v %+v\n", pair{"a", nil}, []pair{{"b", nil}})
	var e error
	fmt.Printf("%v %d %s\n", e, e, e)
	fmt.Println(fmt.Sprintf("%[2]d %[1]d %d", 1, 2), fmt.Sprintf("%[1]*d|", 5, 3), fmt.Sprintf("%-*d|", 4, 7))
	fmt.Println(fmt.Sprintf("%.*s|%.3q|%.1x", 2, "abcdef", "abcdef", "abcdef"))
	fmt.Println(fmt.Sprintf("%c%c%c", 72, 0x1F60A, -1), fmt.Sprintf("%q %q %+q", 0x7f, '\n', 'é'))
	fmt.Println(fmt.Sprintf("%v", [][]string{{"a"}, nil, {}}), fmt.Sprintf("%q", map[string]string{"k": "v"}))
	fmt.Println(fmt.Sprintf("%010.4f|%-10.3e|%+g|%G", -3.14159, 1234.5, 1e-7, 1e21))
	fmt.Println(fmt.Sprintf("%x %X %o %b", -10, uint8(200), -8, -5))
	fmt.Println(fmt.Sprintf("%5t|%-6v|%q", false, true, true))
	fmt.Println(fmt.Sprintf("done: %v", V{9}))
}
