package dev.spindle.vm.stdlib.text;

/**
 * UTF-8 over byte strings (Java strings holding one byte per char, 0..255), with the rules of Go's
 * {@code unicode/utf8}: an invalid or short sequence decodes as U+FFFD of width 1; surrogates and
 * overlong forms are invalid; invalid runes encode as U+FFFD.
 */
public final class Utf8 {

    public static final int RUNE_ERROR = 0xFFFD;
    public static final int MAX_RUNE = 0x10FFFF;

    private Utf8() {}

    /** The rune starting at byte {@code i} and its width in bytes, packed: rune in the low 32 bits, width above. */
    public static long decode(String s, int i) {
        int n = s.length() - i;
        if (n <= 0) {
            return pack(RUNE_ERROR, 0);
        }
        int b0 = s.charAt(i) & 0xff;
        if (b0 < 0x80) {
            return pack(b0, 1);
        }
        int need;
        int min;
        int r;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            min = 0x80;
            r = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            min = 0x800;
            r = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            min = 0x10000;
            r = b0 & 0x07;
        } else {
            return pack(RUNE_ERROR, 1);
        }
        if (n < need + 1) {
            return pack(RUNE_ERROR, 1);
        }
        for (int k = 1; k <= need; k++) {
            int b = s.charAt(i + k) & 0xff;
            if ((b & 0xC0) != 0x80) {
                return pack(RUNE_ERROR, 1);
            }
            r = (r << 6) | (b & 0x3F);
        }
        if (r < min || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) {
            return pack(RUNE_ERROR, 1);
        }
        return pack(r, need + 1);
    }

    public static int rune(long packed) {
        return (int) packed;
    }

    public static int width(long packed) {
        return (int) (packed >>> 32);
    }

    private static long pack(int rune, int width) {
        return ((long) width << 32) | (rune & 0xffffffffL);
    }

    /** Whether r can be encoded (in range, not a surrogate). */
    public static boolean validRune(long r) {
        return r >= 0 && r <= MAX_RUNE && !(r >= 0xD800 && r <= 0xDFFF);
    }

    /** Appends the UTF-8 bytes of r (U+FFFD if r is not a valid rune) as byte chars. */
    public static StringBuilder appendRune(StringBuilder out, long r) {
        int c = validRune(r) ? (int) r : RUNE_ERROR;
        if (c < 0x80) {
            out.append((char) c);
        } else if (c < 0x800) {
            out.append((char) (0xC0 | c >> 6)).append((char) (0x80 | c & 0x3F));
        } else if (c < 0x10000) {
            out.append((char) (0xE0 | c >> 12)).append((char) (0x80 | (c >> 6) & 0x3F))
                    .append((char) (0x80 | c & 0x3F));
        } else {
            out.append((char) (0xF0 | c >> 18)).append((char) (0x80 | (c >> 12) & 0x3F))
                    .append((char) (0x80 | (c >> 6) & 0x3F)).append((char) (0x80 | c & 0x3F));
        }
        return out;
    }

    /** The byte string of one rune, like Go's {@code string(r)}. */
    public static String encode(long r) {
        return appendRune(new StringBuilder(4), r).toString();
    }

    /** The number of runes in s, counting each invalid byte as one, like utf8.RuneCountInString. */
    public static int runeCount(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i += width(decode(s, i))) {
            count++;
        }
        return count;
    }

    /** Whether s is entirely valid UTF-8. */
    public static boolean valid(String s) {
        for (int i = 0; i < s.length();) {
            long d = decode(s, i);
            if (rune(d) == RUNE_ERROR && width(d) == 1) {
                return false;
            }
            i += width(d);
        }
        return true;
    }

    /** Java text (UTF-16) to a Go byte string. */
    public static String fromJava(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> appendRune(out, cp));
        return out.toString();
    }

    /** A Go byte string to Java text, invalid bytes as U+FFFD. */
    public static String toJava(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            long d = decode(s, i);
            out.appendCodePoint(rune(d));
            i += width(d);
        }
        return out.toString();
    }
}
