package dev.spindle.lang.syntax;

/** The kind of a {@link Expr.BasicLit}. Decode the raw text with {@link Literals}. */
public enum LitKind {
    /** {@code 42}, {@code 0x2A}, {@code 0o52}, {@code 052}, {@code 0b101010}, {@code 1_000}. */
    INT,
    /** {@code 1.5}, {@code 1e9}, {@code .5}, {@code 0x1p-2}. */
    FLOAT,
    /** {@code 2i}: the lexer reports "complex numbers are not supported by spindle" but keeps the token. */
    IMAG,
    /** {@code 'a'}, {@code '\n'}. */
    RUNE,
    /** {@code "text"} or {@code `raw`}. */
    STRING
}
