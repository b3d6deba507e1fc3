package dev.spindle.lang.syntax;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the raw text of {@link Expr.BasicLit}s into values. The lexer has already checked the
 * literal (and reported errors in Go's words), so these methods assume well-formed input and decode
 * malformed input as best they can without throwing.
 *
 * <p>Strings decode to Spindle's <em>byte strings</em> (one Java char per byte, each 0..255 — the
 * value representation the VM uses): source text is UTF-8 encoded, {@code \xNN} and octal escapes
 * give single bytes, backslash-u and backslash-U escapes the UTF-8 encoding of the code point.
 */
public final class Literals {

    private Literals() {
    }

    /** The value of an integer literal ({@code 0x_1F}, {@code 0o17}, {@code 017}, {@code 0b1}, {@code 1_000}). */
    public static BigInteger intValue(String raw) {
        String s = raw.replace("_", "");
        try {
            if (s.length() > 1 && s.charAt(0) == '0') {
                char c = Character.toLowerCase(s.charAt(1));
                if (c == 'x') return new BigInteger(s.substring(2), 16);
                if (c == 'b') return new BigInteger(s.substring(2), 2);
                if (c == 'o') return new BigInteger(s.substring(2), 8);
                return new BigInteger(s.substring(1), 8);
            }
            return new BigInteger(s);
        } catch (NumberFormatException e) {
            return BigInteger.ZERO;
        }
    }

    /** The exact value of a floating-point literal, decimal ({@code 1.5e3}) or hexadecimal ({@code 0x1p-2}). */
    public static BigDecimal floatValue(String raw) {
        String s = raw.replace("_", "");
        try {
            if (s.length() > 1 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
                return hexFloat(s.substring(2));
            }
            return new BigDecimal(s);
        } catch (NumberFormatException | ArithmeticException e) {
            return BigDecimal.ZERO;
        }
    }

    private static BigDecimal hexFloat(String s) {
        int p = Math.max(s.indexOf('p'), s.indexOf('P'));
        String mant = p < 0 ? s : s.substring(0, p);
        int exp = p < 0 ? 0 : Integer.parseInt(s.substring(p + 1));
        int dot = mant.indexOf('.');
        if (dot >= 0) {
            exp -= 4 * (mant.length() - dot - 1);
            mant = mant.substring(0, dot) + mant.substring(dot + 1);
        }
        BigDecimal m = new BigDecimal(mant.isEmpty() ? BigInteger.ZERO : new BigInteger(mant, 16));
        if (exp >= 0) return m.multiply(new BigDecimal(BigInteger.TWO.pow(exp)));
        return m.divide(new BigDecimal(BigInteger.TWO.pow(-exp)));
    }

    /** The code point of a rune literal ({@code 'a'}, {@code '\n'}, {@code '\x41'}). */
    public static int runeValue(String raw) {
        if (raw.length() < 3) return 0;
        String body = raw.substring(1, raw.length() - 1);
        if (body.charAt(0) != '\\') return body.codePointAt(0);
        int[] out = new int[2];
        escape(body, 0, '\'', out);
        return out[0];
    }

    /** The byte string of a string literal, interpreted ({@code "..."}) or raw ({@code `...`}). */
    public static String unquote(String raw) {
        if (raw.length() < 2) return "";
        String body = raw.substring(1, raw.length() - 1);
        if (raw.charAt(0) == '`') {
            // Carriage returns are discarded from raw strings (Go spec).
            return bytes(body.replace("\r", "").getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder sb = new StringBuilder(body.length());
        int i = 0;
        int[] out = new int[2];
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                int cp = body.codePointAt(i);
                i += Character.charCount(cp);
                appendUtf8(sb, cp);
                continue;
            }
            boolean isByte = i + 1 < body.length() && (body.charAt(i + 1) == 'x' || isOctal(body.charAt(i + 1)));
            i = escape(body, i, '"', out);
            if (isByte) sb.append((char) (out[0] & 0xFF));
            else appendUtf8(sb, out[0]);
        }
        return sb.toString();
    }

    /** Decodes the escape starting at {@code s[i] == '\\'}; out[0] = value; returns the index after it. */
    private static int escape(String s, int i, char quote, int[] out) {
        if (i + 1 >= s.length()) {
            out[0] = '\\';
            return s.length();
        }
        char c = s.charAt(i + 1);
        int n;
        int base;
        switch (c) {
            case 'a' -> { out[0] = 7; return i + 2; }
            case 'b' -> { out[0] = 8; return i + 2; }
            case 'f' -> { out[0] = 12; return i + 2; }
            case 'n' -> { out[0] = 10; return i + 2; }
            case 'r' -> { out[0] = 13; return i + 2; }
            case 't' -> { out[0] = 9; return i + 2; }
            case 'v' -> { out[0] = 11; return i + 2; }
            case '\\', '\'', '"' -> { out[0] = c; return i + 2; }
            case 'x' -> { n = 2; base = 16; i += 2; }
            case 'u' -> { n = 4; base = 16; i += 2; }
            case 'U' -> { n = 8; base = 16; i += 2; }
            default -> {
                if (!isOctal(c)) {
                    out[0] = c;
                    return i + 2;
                }
                n = 3;
                base = 8;
                i += 1;
            }
        }
        int v = 0;
        for (int k = 0; k < n && i < s.length(); k++, i++) {
            int d = Character.digit(s.charAt(i), base);
            if (d < 0) break;
            v = v * base + d;
        }
        out[0] = v;
        return i;
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    /** Appends the UTF-8 bytes of a code point (invalid ones as U+FFFD), one char per byte. */
    static void appendUtf8(StringBuilder sb, int cp) {
        if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
        if (cp < 0x80) {
            sb.append((char) cp);
        } else if (cp < 0x800) {
            sb.append((char) (0xC0 | cp >> 6)).append((char) (0x80 | cp & 0x3F));
        } else if (cp < 0x10000) {
            sb.append((char) (0xE0 | cp >> 12)).append((char) (0x80 | cp >> 6 & 0x3F))
                    .append((char) (0x80 | cp & 0x3F));
        } else {
            sb.append((char) (0xF0 | cp >> 18)).append((char) (0x80 | cp >> 12 & 0x3F))
                    .append((char) (0x80 | cp >> 6 & 0x3F)).append((char) (0x80 | cp & 0x3F));
        }
    }

    private static String bytes(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        for (byte x : b) sb.append((char) (x & 0xFF));
        return sb.toString();
    }
}
