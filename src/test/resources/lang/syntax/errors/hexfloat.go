package main

func main() {
	a := 0x1.8p1
	b := 0x1.8 // ERROR "hexadecimal mantissa requires a 'p' exponent"
	c := 1e // ERROR "exponent has no digits"
	d := 0b102 // ERROR "invalid digit '2' in binary literal"
	e := 1__0 // ERROR "'_' must separate successive digits"
	f := 0x // ERROR "hexadecimal literal has no digits"
	g := 3i // ERROR "complex numbers are not supported by spindle"
	_, _, _, _, _, _, _ = a, b, c, d, e, f, g
}
