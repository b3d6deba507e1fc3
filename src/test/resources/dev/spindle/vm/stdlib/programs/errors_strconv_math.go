package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

var ErrEmpty = errors.New("empty input")

type ParseError struct {
	Line int
	Err  error
}

func (p *ParseError) Error() string { return fmt.Sprintf("line %d: %v", p.Line, p.Err) }
func (p *ParseError) Unwrap() error { return p.Err }

func parse(line int, s string) (int, error) {
	if s == "" {
		return 0, &ParseError{line, ErrEmpty}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ParseError{line, err}
	}
	return n, nil
}

func main() {
	for i, s := range []string{"42", "", "x1", "99999999999999999999", "-7"} {
		n, err := parse(i+1, s)
		var pe *ParseError
		var ne *strconv.NumError
		fmt.Println(n, err, errors.Is(err, ErrEmpty), errors.As(err, &pe), errors.As(err, &ne), errors.Is(err, strconv.ErrRange))
		if ne != nil {
			fmt.Printf("  %s %q %v\n", ne.Func, ne.Num, ne.Err)
		}
	}
	fmt.Println(math.Sqrt(2), math.Pi, math.E, math.MaxInt64, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.Floor(-0.5), math.Ceil(-0.5), math.Abs(-0.0), 1/math.Inf(-1))
	fmt.Printf("%.3f %.3e %g %v\n", math.Pi, math.Pi*1e10, math.Pi/1e5, float32(math.Pi))
	for _, f := range []float64{0.1, 0.25, 1.005, 2.675, 1e15 + 0.3, 123456789012345678, 1.0 / 7} {
		fmt.Println(f, strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'g', 4, 64), fmt.Sprintf("%.1f|%6.3g|%G", f, f, f*1e30))
	}
	for _, s := range []string{"3.14", "1e10", "-0", "+5.", "0x10p0", "1e-5", "abc", "1,5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	fmt.Println(strconv.Quote("☺\t\x01"), strconv.QuoteToASCII("☺"), strconv.QuoteRune('\x00'), strconv.Itoa(math.MinInt64))
	u, err := strconv.Unquote(`"\u263a\n"`)
	fmt.Println(u, err, strconv.FormatBool(true), strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"), strings.ToUpper("ǳ"), strings.IndexRune("chicken", 'z'), strings.Compare("b", "a"))
	fmt.Println(strings.Join(strings.Fields("  lots   of   space "), "_"), strings.HasPrefix("", ""), strings.TrimLeft("aabbcc", "ab"), strings.TrimRight("aabbcc", "bc"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", 2))
}
