// Nil receivers and bad arguments of the standard library panic as Go's do, recoverably;
// TryLock, TryRLock and RLocker work.

package main

import (
	"errors"
	"fmt"
	"math/rand"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, "->", r)
	}()
	f()
}

func main() {
	try("nil mutex lock", func() { var m *sync.Mutex; m.Lock() })
	try("nil mutex unlock", func() { var m *sync.Mutex; m.Unlock() })
	try("nil rwmutex rlock", func() { var m *sync.RWMutex; m.RLock() })
	try("nil wg add", func() { var w *sync.WaitGroup; w.Add(1) })
	try("nil once", func() { var o *sync.Once; o.Do(func() {}) })
	try("nil atomic int64", func() { var x *atomic.Int64; x.Add(1) })
	try("nil atomic load", func() { var x *atomic.Int32; fmt.Println(x.Load()) })
	try("nil AddInt64", func() { atomic.AddInt64(nil, 1) })
	try("sort nil", func() { sort.Sort(nil) })
	try("sort.Ints nil", func() { sort.Ints(nil); fmt.Println("ok") })
	try("perm huge", func() { fmt.Println(len(rand.Perm(1 << 62))) })
	try("perm negative", func() { rand.Perm(-1) })
	try("intn 0", func() { rand.Intn(0) })
	try("zero timer stop", func() { var t time.Timer; t.Stop() })
	try("zero timer reset", func() { var t time.Timer; t.Reset(1) })
	try("nil timer stop", func() { var t *time.Timer; t.Stop() })
	try("zero ticker reset", func() { var t time.Ticker; t.Reset(1) })
	try("nil numerror", func() { var e *strconv.NumError; fmt.Println(e.Error()) })
	try("nil numerror unwrap", func() { var e *strconv.NumError; fmt.Println(e.Unwrap()) })
	try("errors.Is nil", func() { fmt.Println(errors.Is(nil, nil)) })
	try("trylock", func() {
		var m sync.Mutex
		fmt.Println(m.TryLock(), m.TryLock())
		m.Unlock()
		fmt.Println(m.TryLock())
	})
	try("rw trylock", func() {
		var m sync.RWMutex
		fmt.Println(m.TryRLock(), m.TryRLock(), m.TryLock())
		m.RUnlock()
		m.RUnlock()
		fmt.Println(m.TryLock(), m.TryRLock())
		m.Unlock()
		l := m.RLocker()
		l.Lock()
		fmt.Println(m.TryLock())
		l.Unlock()
		fmt.Println(m.TryLock())
	})
	try("unlock unlocked", func() { fmt.Println("x") })
}
