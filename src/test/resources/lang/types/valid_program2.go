package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

var ErrNotFound = errors.New("not found")

type Handler func(int) error

func (h Handler) Call(n int) error { return h(n) }

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) { b.data = append(b.data, s) }

var _ ReadWriter = (*buf)(nil)
var _ fmt.Stringer = time.Duration(0)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	c.n[k]++
	c.mu.Unlock()
}

const timeout = 2 * time.Second
const ratio = 2.0 / 3

type State int

const (
	Idle State = iota + 1
	Running
	Done
	_
	Failed = Done * 10
)

func divide(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	res = a / b
	return
}

func lookup(k string) (string, error) {
	if k == "" {
		return "", ErrNotFound
	}
	return strings.ToUpper(k), nil
}

func variadic(prefix string, parts ...string) string {
	return prefix + strings.Join(parts, "-")
}

func main() {
	h := Handler(func(n int) error {
		if n < 0 {
			return errors.New("neg")
		}
		return nil
	})
	fmt.Println(h.Call(1), h(-1))
	p := Point{1, 2}
	p.Scale(3)
	add := p.Add
	scale := p.Scale
	scale(2)
	fmt.Println(add(Point{1, 1}), p == Point{6, 12}, [2]int{1, 2} == [2]int{1, 2})
	seen := map[Point]bool{{1, 2}: true}
	grid := map[[2]int]string{{0, 0}: "origin"}
	anon := struct {
		Name string
		Tags []string
	}{"x", []string{"a"}}
	people := map[string]struct{ Age int }{"ann": {30}}
	fmt.Println(seen[Point{1, 2}], grid[[2]int{0, 0}], anon.Name, people["ann"].Age)
	var rw ReadWriter = &buf{}
	rw.Write("hello")
	fmt.Println(rw.Read())
	c := &Counter{n: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			c.Inc(fmt.Sprint(id % 2))
		}(i)
	}
	wg.Wait()
	inc := c.Inc
	inc("z")
	go c.Inc("y")
	fmt.Println(timeout, ratio, Idle, Running, Done, Failed, time.Duration(3)*time.Second)
	ms := float64(timeout) / float64(time.Millisecond)
	fmt.Println(ms, timeout.Seconds(), int64(timeout/time.Millisecond))
	if r, err := divide(1, 0); err != nil {
		fmt.Println("err:", err, r)
	}
	if _, err := lookup(""); errors.Is(err, ErrNotFound) || err == ErrNotFound {
		fmt.Println("nf")
	}
	fmt.Println(variadic("p:", "a", "b"), variadic("q:"), variadic("r:", []string{"x"}...))
	s := ""
	for i := 0; i < 3; i++ {
		s += string(rune('a' + i))
	}
	b := []byte("123")
	sum := 0
	for _, ch := range b {
		sum += int(ch - '0')
	}
	bs := append([]byte("a"), "bc"...)
	dst := make([]int, 2)
	n := copy(dst, []int{1, 2, 3})
	var x uint8 = 0xF0
	y := x &^ 0x30
	z := ^x
	var sh uint = 2
	w := 1 << sh
	v := int64(1) << 40
	var big int = 1e3
	fmt.Println(s, sum, string(bs), n, y, z, w, v, big, x>>1, -5>>1)
	var iface interface{} = ErrNotFound
	switch e := iface.(type) {
	case error:
		fmt.Println("error", e.Error())
	case fmt.Stringer:
		fmt.Println(e.String())
	}
	switch n := len(s); {
	case n > 2:
		fmt.Println("long")
	case n > 0:
		fmt.Println("short")
	}
	done := make(chan struct{})
	results := make(chan int)
	go func() {
		defer close(done)
		for r := range results {
			fmt.Println("got", r)
		}
	}()
	results <- 1
	close(results)
	<-done
	ticker := time.NewTicker(time.Millisecond)
	count := 0
outer:
	for {
		select {
		case <-ticker.C:
			count++
			if count == 2 {
				ticker.Stop()
				break outer
			}
		case <-time.After(time.Second):
			break outer
		}
	}
	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, 3)
		for j := range matrix[i] {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix, count, len(os.Args) >= 0)
	var once sync.Once
	for i := 0; i < 2; i++ {
		once.Do(func() { fmt.Println("init") })
	}
	f := func(xs ...int) (total int) {
		for _, x := range xs {
			total += x
		}
		return
	}
	fmt.Println(f(1, 2, 3))
	var pp *Point
	fmt.Println(pp == nil, errors.Unwrap(fmt.Errorf("w: %w", ErrNotFound)) == ErrNotFound)
	defer fmt.Println("deferred")
	recover()
	fmt.Fprintf(os.Stdout, "%s %d\n", "x", 1)
}
