// Package runtime: scheduler queries and control.
package runtime

const (
	GOOS     = "linux"
	GOARCH   = "amd64"
	Compiler = "gc"
)

func GOMAXPROCS(n int) int
func NumGoroutine() int
func NumCPU() int
func Gosched()
func GC()
func Goexit()
func Version() string

// Error identifies a run-time error (what recover() returns after an index out of range,
// a nil dereference, ...): the panics the runtime raises itself implement it.
type Error interface {
	error
	RuntimeError()
}
