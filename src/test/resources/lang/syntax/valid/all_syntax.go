// A program that uses every Tier-1 construct of Go's syntax, to check that the parser accepts
// all of it without error. go vet accepts it too.
package main

import (
	"errors"
	"fmt"
	m "math"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const greeting, answer = "héllo\t\"world\"\n", 42

const (
	a0 = iota * 2
	_
	a2
)

var (
	counter int64
	mu      sync.Mutex
	ratio   = 1.5e-3
	hex     = 0x_FF + 0o17 + 017 + 0b1010 + 1_000
	fl      = .5 + 1. + 0x1p-2 + 6.02e+23
	runes   = []rune{'a', '\n', '\'', '\\', '\x41', '\u00e9', '\U0001F600', '\101'}
	raw     = `C:\path
second line`
)

type Celsius float64

type Point struct {
	X, Y int
	name string
}

type Named struct {
	Point
	*sync.Mutex
	Tag string `json:"tag"`
}

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Handler func(int, string) (bool, error)

type Matrix [3][3]float64

type Graph map[string][]string

type Pipe struct {
	in   chan<- int
	out  <-chan int
	both chan chan int
}

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y -= dy
}

func (c Celsius) Area() float64 { return float64(c) * m.Pi }

func (c Celsius) String() string { return fmt.Sprint(float64(c)) }

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	return a / b, a % b, nil
}

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func apply(f func(int) int, xs []int) []int {
	out := make([]int, 0, len(xs))
	for i := range xs {
		out = append(out, f(xs[i]))
	}
	return out
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return x.String()
	case func():
		return "func"
	default:
		_ = x
		return "other"
	}
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 10)
	done := make(chan struct{})
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			atomic.AddInt64(&counter, int64(n))
			results <- n * n
		}(i)
	}
	go func() {
		wg.Wait()
		close(results)
		close(done)
	}()
	<-done
	total := 0
	for r := range results {
		total += r
	}

	p := &Point{X: 1, Y: 2}
	p.Move(3, -4)
	pts := []Point{{1, 2, "a"}, {X: 3}}
	grid := [...][2]int{{1, 2}, {3, 4}}
	lookup := map[string]Point{"o": {}, "p": {X: 1}}
	nested := map[Point][]*Point{{1, 2, ""}: {p, &Point{}}}
	s := pts[0:1:2]
	s = s[:]
	s = s[1:]
	_ = s[:len(s)]
	q, r, err := divmod(17, 5)
	if err != nil {
		fmt.Println(err)
	} else if q > 3 {
		fmt.Println("big")
	} else {
		fmt.Println(q, r)
	}
	if v, ok := lookup["o"]; ok && !(v.X != 0 || v.Y >= 1) {
		fmt.Println("found", v)
	}
	xs := []int{5, 2, 8}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	fmt.Println(sum(xs...), sum(), apply(func(x int) int { return x * 2 }, xs))

	x := 10
	x <<= 2
	x >>= 1
	x &^= 3
	x |= 1
	x ^= 2
	x %= 7
	x *= -1
	x /= 1
	x++
	x--
	y := ^x & 0xF | x&^1
	b := x > 1 && y <= 2 || x == 3 && y != 4 || x < 5 && y >= 6
	fmt.Println(-x, +y, !b, *p, &x != nil)

	var fn Handler = func(n int, s string) (bool, error) { return n > 0, nil }
	ok, _ := fn(1, "a")
	fmt.Println(ok, classify(Celsius(3)), classify(nil), classify(func() {}))

	ticker := time.NewTicker(time.Millisecond)
	defer ticker.Stop()
	timeout := time.After(5 * time.Millisecond)
	count := 0
loop:
	for {
		select {
		case <-ticker.C:
			count++
			if count > 100 {
				break loop
			}
		case t, ok := <-results:
			_, _ = t, ok
		case results <- 1:
		case <-timeout:
			break loop
		default:
			time.Sleep(time.Microsecond)
		}
	}

outer:
	for i := range [3]int{} {
		for j := 0; j < 3; j++ {
			switch {
			case i == j:
				continue outer
			case i > j:
				fallthrough
			default:
				break
			}
		}
	}

	switch day := 3; day {
	case 1, 2, 3:
		fmt.Println("early")
	case 4:
	default:
	}

	var sh Shape = Celsius(2)
	if c, ok := sh.(Celsius); ok {
		fmt.Println(c.Area(), sh.String())
	}
	method := p.Move
	method(1, 1)
	expr := (*Point).Move
	expr(p, 1, 1)
	type local struct{ a []map[string]chan int }
	var l local
	const inner = 'x' + 1
	var arr [4]int
	arr[len(arr)-1] = inner
	var sb strings.Builder
	sb.WriteString(raw)
	{
		shadow := 1
		_ = shadow
	}
	var mat Matrix
	mat[1][2] = 3.5
	g := Graph{"a": {"b"}}
	var pipe Pipe
	var named Named
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	fmt.Println(total, KB, MB, GB, a0, a2, greeting, answer, hex, fl, ratio, runes, grid, nested,
		l, arr, sb.Len(), mat, g, pipe.both == nil, named.Tag, maxInt(1, 2), new(int) != nil)
	mu.Lock()
	mu.Unlock()
	for range 3 {
	}
	for i := range 3 {
		_ = i
	}
}
