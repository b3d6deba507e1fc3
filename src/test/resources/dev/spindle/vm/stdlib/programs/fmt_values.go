package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Inner struct {
	A []int
	M map[string]bool
}

type Outer struct {
	Name  string
	In    Inner
	P     *Point
	Any   any
	Err   error
	D     time.Duration
	F     float32
	B     []byte
	Arr   [2]string
	inner int
}

type MyInt int
type MyErr struct{ Code int }

func (e MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " says woof" }

func main() {
	o := Outer{Name: "o", In: Inner{A: []int{1, 2}, M: map[string]bool{"z": true, "a": false}}, Any: 42, Err: errors.New("bad"), D: 1500 * time.Millisecond, F: 0.1, B: []byte("hi"), Arr: [2]string{"x", "y"}}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v %+v\n", &o.In, &Point{3, 4})
	fmt.Println(Celsius(21.5), []Celsius{1, 2.25}, map[Celsius]int{3: 1})
	fmt.Printf("%v %d %s %q %x\n", MyInt(5), MyInt(5), MyInt(5), MyInt(65), MyInt(255))
	fmt.Printf("%T %T %T %T %T %T\n", MyInt(1), o, &o, o.In.M, MyErr{}, Celsius(1))
	var err error = MyErr{7}
	fmt.Println(err, fmt.Errorf("wrap: %w", err))
	var me MyErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", err), &me), me.Code)
	var a Animal = Dog{"rex"}
	fmt.Println(a.Sound(), a)
	fmt.Printf("%v|%+v|%#v|%T\n", a, a, a, a)
	fmt.Printf("%#v %#v %#v %#v\n", MyInt(3), "s", []any{1, "a", nil}, map[string]int{"b": 1, "a": 2})
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%08.3f|%-8.2f|%+.1e|% .2f|%x\n", 3.14159, 2.5, 12345.0, 1.0, 3.5)
	fmt.Printf("%3d|%-3d|%03d|%+03d|% 03d\n", -1, -1, -1, 1, 1)
	fmt.Printf("%s %v %d\n", []string{"a", "b"}, [][]int{{1}, {2, 3}}, map[int][]int{2: {1}, 1: nil})
	fmt.Printf("%q %v %x %X % X\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte{1, 171}, []byte{1, 171})
	fmt.Printf("%v %s\n", [3]byte{65, 66, 67}, [3]byte{65, 66, 67})
	fmt.Printf("%t %v %08b %o %#x %#X %U\n", true, false, 5, 64, 3054, 3054, 0x2318)
	fmt.Printf("%6.2f%%|%5s|%-5s|%5.1q\n", 99.5, "ab", "ab", "abc")
	fmt.Printf("%v %.2v %10.3v|\n", 1.0/3, 1.0/3, 1.0/3)
	fmt.Printf("%e %E %.0f %.0f %.0f\n", 0.0, -1e-300, 0.5, 1.5, 2.5)
	fmt.Println(float32(1)/3, float32(16777216), 1e100, -0.0, 100000000.0, 123456789.0, 0.000001, 0.0000001)
	fmt.Println(uint8(255), int8(-128), uint64(18446744073709551615), int64(-9223372036854775808), 'x', "x")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 1)
	n, _ := fmt.Println("count")
	fmt.Println(n)
	s := fmt.Sprint("a", "b", 1, 2, 3.5, "c", nil, true)
	fmt.Println(s, len(s))
	fmt.Print("x", 1, "\n")
	fmt.Print(1, 2, "\n")
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d-%d", 1, 2)
	sb.WriteByte('!')
	fmt.Println(sb.String(), sb.Len())
	people := []struct {
		Name string
		Age  int
	}{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	x, err2 := strconv.ParseInt("zz", 36, 64)
	fmt.Println(x, err2, strconv.Quote("\x00é\u200b"), strconv.QuoteToASCII("é"), strconv.QuoteRune('☺'))
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', 5, 64), strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(-0.5, 'e', 3, 32))
	v, err3 := strconv.Atoi(" 12")
	fmt.Println(v, err3)
	fmt.Println(strings.Fields("  a b  "), len(strings.Split("", ",")), strings.Split("a", ""), strings.Title("go lang"))
	fmt.Println(errors.Unwrap(errors.New("x")) == nil, errors.Is(nil, nil), errors.Is(err, MyErr{7}), errors.Is(err, MyErr{8}))
	wrapped := fmt.Errorf("ctx: %w", fmt.Errorf("inner %d: %w", 3, errors.New("file does not exist")))
	fmt.Println(wrapped)
}
