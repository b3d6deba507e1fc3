package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }


type Animal interface {
	Sound() string
}

type Named interface {
	Animal
	Name() string
}

type Dog struct{ name string }

func (d Dog) Sound() string  { return "woof" }
func (d *Dog) Name() string  { return d.name }
func (d *Dog) Rename(n string) { d.name = n }

type Counter struct {
	sync.Mutex
	counts map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.counts[k]++
}

type Op int

const (
	Add Op = iota
	Sub
	Mul
)

var opNames = [...]string{Add: "add", Sub: "sub", Mul: "mul"}

func (o Op) String() string { return opNames[o] }

type NotFound struct{ key string }

func (e *NotFound) Error() string { return "not found: " + e.key }

func find(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, &NotFound{k}
}

func divmod(a, b int) (q, r int) {
	defer func() {
		if rec := recover(); rec != nil {
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func apply(xs []int, fs ...func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		for _, f := range fs {
			x = f(x)
		}
		out = append(out, x)
	}
	return out
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- fmt.Sprintf("w%d:%d", id, j*j)
	}
}

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- i
		}
	}()
	return ch
}

func main() {
	var a Animal = Dog{"rex"}
	var nm Named = &Dog{"fido"}
	fmt.Println(a.Sound(), nm.Name())
	d := Dog{"x"}
	d.Rename("y")
	fmt.Println(d.Name(), Celsius(21.5), Mul, Op(1))
	c := Counter{counts: map[string]int{}}
	c.Inc("a")
	if _, err := find(c.counts, "zz"); err != nil {
		var nf *NotFound
		if errors.As(err, &nf) {
			fmt.Println("missing", nf.key)
		}
		wrapped := fmt.Errorf("lookup: %w", err)
		fmt.Println(errors.Unwrap(wrapped) == err, errors.Is(wrapped, err))
	}
	q, r := divmod(7, 2)
	fmt.Println(q, r)
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * 2 }, func(x int) int { return x + 1 }))
	words := []string{"banana", "kiwi", "apple"}
	sort.Sort(byLen(words))
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	sort.Strings(words)
	fmt.Println(strings.Join(words, ","), strings.Repeat("=", 3), strings.Fields(" a b "))
	n, err := strconv.Atoi("42")
	if err != nil {
		os.Exit(1)
	}
	fmt.Println(n+1, strconv.Itoa(n), strconv.Quote("hi"), math.Sqrt(2), math.MaxInt64, math.Pi*2)
	jobs := make(chan int, 10)
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < 5; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	for res := range results {
		_ = res
	}
	var ops atomic.Int64
	var hits int64
	var mu sync.RWMutex
	var once sync.Once
	cond := sync.NewCond(&mu)
	_ = cond
	for i := 0; i < 3; i++ {
		wg.Go(func() {
			ops.Add(1)
			atomic.AddInt64(&hits, int64(i))
			once.Do(func() { fmt.Println("once") })
		})
	}
	wg.Wait()
	mu.RLock()
	fmt.Println(ops.Load(), atomic.LoadInt64(&hits))
	mu.RUnlock()
	timeout := time.After(50 * time.Millisecond)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	start := time.Now()
loop:
	for {
		select {
		case <-tick.C:
			continue
		case <-timeout:
			break loop
		}
	}
	elapsed := time.Since(start)
	fmt.Println(elapsed > 0, elapsed.Milliseconds() >= 0, time.Duration(1500)*time.Millisecond)
	total := 0
	for v := range gen(4) {
		total += v
	}
	var x interface{} = total
	switch v := x.(type) {
	case nil:
		fmt.Println("nil")
	case int, int64:
		fmt.Println("int-ish", v)
	case fmt.Stringer:
		fmt.Println(v.String())
	default:
		fmt.Println("other")
	}
	if s, ok := x.(string); ok {
		fmt.Println(s)
	}
	matrix := [][]float64{{1, 2}, {3, 4}}
	arr := [3]int{1, 2, 3}
	sl := arr[1:]
	sl2 := sl[:1:2]
	pts := map[string]struct{ X, Y int }{"o": {0, 0}}
	fmt.Println(matrix[1][0], len(arr), cap(sl2), pts["o"].X, min(3, 1, 2), max(2.5, 1))
	bs := []byte("héllo")
	rs := []rune("héllo")
	fmt.Println(len(bs), len(rs), string(rs[1]), string(bs[:2]), bs[0] == 'h')
	var shift uint = 3
	var mask uint64 = 1 << shift
	k := 1 << shift
	fmt.Println(mask, k, rand.Intn(10) >= 0, runtime.NumGoroutine() > 0, runtime.NumCPU() > 0)
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			a, b = b, a+b
			return a
		}
	}()
	fmt.Println(fib(), fib(), fib())
	var sb strings.Builder
	sb.WriteString("abc")
	fmt.Fprintln(os.Stderr, sb.String(), sb.Len())
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	delete(m, "a")
	clear(m)
	var p *Dog
	if p == nil {
		p = new(Dog)
	}
	p.name = "new"
	fmt.Printf("%v %+v %T %q %x %5.2f %c %t %p\n", *p, p, p, "s", 255, 3.14159, 'A', true, p)
	const big = 1 << 62
	fmt.Println(big/(1<<60), float32(0.1), uint8(200)+uint8(k), -7/2, -7%2, 7.0/2)
	type local struct{ v int }
	l := local{v: 1}
	fmt.Println(l)
	var iface any = l
	_, isLocal := iface.(local)
	fmt.Println(isLocal, errors.New("e"))
	go func(msg string) { fmt.Println(msg) }("bye")
	runtime.Gosched()
	var arr2 [2][2]int
	arr2[0][1] = 5
	for i := range arr2 {
		for j := range arr2[i] {
			arr2[i][j]++
		}
	}
	fmt.Println(arr2, len(arr2[0]))
	var fn func(int) int
	fn = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fn(n-1)
	}
	fmt.Println(fn(5))
	label := "n="
	fmt.Println(label + strconv.Itoa(5))
	var e error
	fmt.Println(e == nil)
}
