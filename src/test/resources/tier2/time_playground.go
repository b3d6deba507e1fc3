package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	start := time.Now()
	fmt.Println(start.Format(time.DateTime), start.Weekday())
	time.Sleep(250 * time.Millisecond)
	now := time.Now()
	s := now.String()
	fmt.Println(strings.HasPrefix(s, "2009-11-10 23:00:00.25"), strings.Contains(s, " +0000 UTC m=+0.25"))
	fmt.Println(now.Sub(start).Round(time.Millisecond), now.Round(0).String() == now.UTC().String())
	t := <-time.After(time.Second)
	fmt.Println(t.Format(time.TimeOnly), t.Year(), t.Month(), t.Day())
}
