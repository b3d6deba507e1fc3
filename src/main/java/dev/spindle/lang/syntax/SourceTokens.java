package dev.spindle.lang.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The source split into classified spans, for syntax highlighting in the editor. Uses the real
 * lexer, so what is highlighted as a string or a keyword is exactly what the compiler sees; spans
 * are in Java {@code char} offsets of the source string (what text controls use), sorted, and
 * never overlap. Whitespace and automatic semicolons produce no span. Never throws.
 */
public final class SourceTokens {

    /** What a span is, for choosing its style. */
    public enum Kind {
        KEYWORD, IDENTIFIER, PREDECLARED, NUMBER, STRING, RUNE, COMMENT, OPERATOR
    }

    /** A classified span {@code [start, end)} of the source, in char offsets. */
    public record Span(int start, int end, Kind kind) {
    }

    /** Go's predeclared identifiers: types, constants, zero value and builtin functions. */
    private static final Set<String> PREDECLARED = Set.of(
            "any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32", "float64",
            "int", "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32",
            "uint64", "uintptr", "true", "false", "iota", "nil", "append", "cap", "clear", "close", "complex",
            "copy", "delete", "imag", "len", "make", "max", "min", "new", "panic", "print", "println", "real",
            "recover");

    private SourceTokens() {
    }

    /** The classified spans of {@code source}. */
    public static List<Span> of(String source) {
        Lexer lx = new Lexer(source, (line, col, msg) -> { });
        int[] charAt = byteToChar(lx.bytes(), source);
        List<Span> spans = new ArrayList<>();
        lx.setCommentSink((start, end) -> spans.add(new Span(charAt[start], charAt[end], Kind.COMMENT)));
        for (int guard = 0; guard <= lx.bytes().length + 1; guard++) {
            lx.next();
            if (lx.tok == Token.EOF) break;
            if (lx.tok == Token.SEMICOLON && !"semicolon".equals(lx.lit)) continue;
            Kind k = switch (lx.tok) {
                case NAME -> PREDECLARED.contains(lx.lit) ? Kind.PREDECLARED : Kind.IDENTIFIER;
                case LITERAL -> switch (lx.kind) {
                    case STRING -> Kind.STRING;
                    case RUNE -> Kind.RUNE;
                    default -> Kind.NUMBER;
                };
                default -> lx.tok.isKeyword() ? Kind.KEYWORD : Kind.OPERATOR;
            };
            int start = charAt[lx.tokOffset];
            int end = charAt[lx.offset()];
            if (end > start) spans.add(new Span(start, end, k));
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return List.copyOf(spans);
    }

    /** For each byte offset of the UTF-8 encoding (and the end), the char offset in source. */
    private static int[] byteToChar(byte[] bytes, String source) {
        int[] map = new int[bytes.length + 1];
        int b = 0;
        int c = 0;
        // a leading BOM is skipped by the lexer but still occupies chars
        while (c < source.length() && b < bytes.length) {
            int cp = source.codePointAt(c);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (Character.isSurrogate(source.charAt(c)) && Character.charCount(cp) == 1) n = 1; // lone surrogate -> '?'
            for (int k = 0; k < n && b < bytes.length; k++) map[b++] = c;
            c += Character.charCount(cp);
        }
        while (b <= bytes.length) map[b++] = Math.min(c, source.length());
        map[bytes.length] = source.length();
        return map;
    }
}
