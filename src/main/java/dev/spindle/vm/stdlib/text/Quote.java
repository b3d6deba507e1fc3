package dev.spindle.vm.stdlib.text;

import java.util.Optional;

/**
 * Go's quoting ({@code strconv.Quote}, {@code QuoteToASCII}, {@code QuoteRune}, {@code Unquote},
 * {@code CanBackquote}) over byte strings. Printable runes are kept as their UTF-8 bytes; the rest
 * become the C-style escapes (backslash a, b, f, n, r, t, v), backslash-x HH (control bytes and invalid UTF-8),
 * backslash-u HHHH or backslash-U HHHHHHHH, exactly as {@code strconv/quote.go} writes them.
 */
public final class Quote {

    private static final String HEX = "0123456789abcdef";

    private Quote() {}

    public static String quote(String s) {
        return quoteWith(s, '"', false);
    }

    public static String quoteToAscii(String s) {
        return quoteWith(s, '"', true);
    }

    public static String quoteRune(long r) {
        return quoteRuneWith(r, false);
    }

    public static String quoteRuneToAscii(long r) {
        return quoteRuneWith(r, true);
    }

    private static String quoteRuneWith(long r, boolean asciiOnly) {
        int rr = Utf8.validRune(r) ? (int) r : Utf8.RUNE_ERROR;
        StringBuilder out = new StringBuilder(8).append('\'');
        appendEscapedRune(out, rr, '\'', asciiOnly);
        return out.append('\'').toString();
    }

    private static String quoteWith(String s, char quote, boolean asciiOnly) {
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length();) {
            long d = Utf8.decode(s, i);
            int r = Utf8.rune(d);
            int width = Utf8.width(d);
            if (width == 1 && r == Utf8.RUNE_ERROR) {
                int b = s.charAt(i);
                out.append("\\x").append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
            } else {
                appendEscapedRune(out, r, quote, asciiOnly);
            }
            i += width;
        }
        return out.append(quote).toString();
    }

    private static void appendEscapedRune(StringBuilder out, int r, char quote, boolean asciiOnly) {
        if (r == quote || r == '\\') {
            out.append('\\').append((char) r);
            return;
        }
        if (asciiOnly) {
            if (r < 0x80 && Unicode.isPrint(r)) {
                out.append((char) r);
                return;
            }
        } else if (Unicode.isPrint(r)) {
            Utf8.appendRune(out, r);
            return;
        }
        switch (r) {
            case 0x07 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 0x0B -> out.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7F) {
                    out.append("\\x").append(HEX.charAt(r >> 4)).append(HEX.charAt(r & 0xF));
                } else {
                    int rr = Utf8.validRune(r) ? r : Utf8.RUNE_ERROR;
                    if (rr < 0x10000) {
                        out.append("\\u");
                        appendHex(out, rr, 4);
                    } else {
                        out.append("\\U");
                        appendHex(out, rr, 8);
                    }
                }
            }
        }
    }

    private static void appendHex(StringBuilder out, int v, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX.charAt((v >> shift) & 0xF));
        }
    }

    /** strconv.CanBackquote: s can be written as a raw string literal without change. */
    public static boolean canBackquote(String s) {
        for (int i = 0; i < s.length();) {
            long d = Utf8.decode(s, i);
            int r = Utf8.rune(d);
            int w = Utf8.width(d);
            i += w;
            if (w > 1) {
                if (r == 0xFEFF) {
                    return false;
                }
                continue;
            }
            if (r == Utf8.RUNE_ERROR) {
                return false;
            }
            if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * strconv.Unquote: the byte string a Go string, raw string or rune literal denotes, or empty if
     * the literal is malformed (the caller reports strconv.ErrSyntax).
     */
    public static Optional<String> unquote(String in) {
        int n = in.length();
        if (n < 2) {
            return Optional.empty();
        }
        char quote = in.charAt(0);
        if (quote != in.charAt(n - 1)) {
            return Optional.empty();
        }
        String body = in.substring(1, n - 1);
        if (quote == '`') {
            if (body.indexOf('`') >= 0) {
                return Optional.empty();
            }
            if (body.indexOf('\r') >= 0) {
                return Optional.of(body.replace("\r", ""));
            }
            return Optional.of(body);
        }
        if (quote != '"' && quote != '\'') {
            return Optional.empty();
        }
        if (body.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(body.length());
        int[] pos = {0};
        int runes = 0;
        while (pos[0] < body.length()) {
            char c = body.charAt(pos[0]);
            if (c == quote && quote == '\'') {
                return Optional.empty();
            }
            if (!unquoteChar(body, pos, quote, out)) {
                return Optional.empty();
            }
            runes++;
            if (quote == '\'' && pos[0] < body.length()) {
                return Optional.empty();
            }
        }
        if (quote == '\'' && runes != 1) {
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    /** One character or escape of a quoted literal (strconv.UnquoteChar), appended as bytes. */
    private static boolean unquoteChar(String s, int[] pos, char quote, StringBuilder out) {
        int i = pos[0];
        char c = s.charAt(i);
        if (c == quote && (quote == '\'' || quote == '"')) {
            return false;
        }
        if (c >= 0x80) {
            long d = Utf8.decode(s, i);
            out.append(s, i, i + Utf8.width(d));
            pos[0] = i + Utf8.width(d);
            return true;
        }
        if (c != '\\') {
            out.append(c);
            pos[0] = i + 1;
            return true;
        }
        if (i + 1 >= s.length()) {
            return false;
        }
        char e = s.charAt(i + 1);
        i += 2;
        switch (e) {
            case 'a' -> out.append((char) 7);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'v' -> out.append((char) 0x0B);
            case 'x', 'u', 'U' -> {
                int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (i + digits > s.length()) {
                    return false;
                }
                long v = 0;
                for (int k = 0; k < digits; k++) {
                    int h = Character.digit(s.charAt(i + k), 16);
                    if (h < 0) {
                        return false;
                    }
                    v = v << 4 | h;
                }
                i += digits;
                if (e == 'x') {
                    if (quote == '\'') {
                        Utf8.appendRune(out, v);
                    } else {
                        out.append((char) v);
                    }
                } else {
                    if (!Utf8.validRune(v)) {
                        return false;
                    }
                    Utf8.appendRune(out, v);
                }
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                if (i + 2 > s.length()) {
                    return false;
                }
                int v = e - '0';
                for (int k = 0; k < 2; k++) {
                    int o = s.charAt(i + k) - '0';
                    if (o < 0 || o > 7) {
                        return false;
                    }
                    v = v << 3 | o;
                }
                if (v > 255) {
                    return false;
                }
                i += 2;
                out.append((char) v);
            }
            case '\\' -> out.append('\\');
            case '\'', '"' -> {
                if (e != quote) {
                    return false;
                }
                out.append(e);
            }
            default -> {
                return false;
            }
        }
        pos[0] = i;
        return true;
    }
}
