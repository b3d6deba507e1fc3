// Package io: only the interfaces that fmt and os declarations mention. Not importable
// by user programs (the spec does not list it); it exists so that messages say io.Writer.
package io

type Writer interface {
	Write(p []byte) (n int, err error)
}
