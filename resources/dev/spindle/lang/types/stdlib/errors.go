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
