// Package fmt: formatted printing. Implemented natively by the stdlib helper.
package fmt

import "io"

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Errorf(format string, a ...any) error
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
func Fprint(w io.Writer, a ...any) (n int, err error)

// wrapError is what Errorf returns when the format has one %w verb.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string
func (e *wrapError) Unwrap() error

// wrapErrors is what Errorf returns when the format has several %w verbs.
type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string
func (e *wrapErrors) Unwrap() []error
