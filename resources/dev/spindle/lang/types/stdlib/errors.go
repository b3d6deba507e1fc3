// Package errors: error values. New returns *errors.errorString, as in Go.
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string

func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error
func Join(errs ...error) error

// joinError is what Join returns.
type joinError struct {
	errs []error
}

func (e *joinError) Error() string
func (e *joinError) Unwrap() []error

// AsType finds the first error in err's tree that has the type E and returns it (Go 1.26's
// generic As). The tree is err, then what Unwrap() error or Unwrap() []error return, depth first.
func AsType[E error](err error) (E, bool) {
	for err != nil {
		if e, ok := err.(E); ok {
			return e, true
		}
		if x, ok := err.(interface{ As(any) bool }); ok {
			var e E
			if x.As(&e) {
				return e, true
			}
		}
		if x, ok := err.(interface{ Unwrap() []error }); ok {
			for _, err := range x.Unwrap() {
				if e, ok := AsType[E](err); ok {
					return e, true
				}
			}
			break
		}
		err = Unwrap(err)
	}
	var zero E
	return zero, false
}
