package main

func main() {
	s := "\x4g \u12 \400 \uD800" // ERROR "invalid character 'g' in hexadecimal escape" "invalid character ' ' in hexadecimal escape" "octal escape value 256 > 255" "escape is invalid Unicode code point U+D800"
	_ = s
}
