package dev.spindle.vm.value;

import java.nio.charset.StandardCharsets;

/**
 * Helpers for Go strings held as Java "byte strings": one char per byte, each char 0..255.
 * Length, indexing, concatenation and comparison are then plain {@code String} operations
 * with Go's byte semantics.
 */
public final class GoString {
    private GoString() {}

    /** The Unicode replacement character, what Go yields for an invalid UTF-8 sequence. */
    public static final int RUNE_ERROR = 0xFFFD;

    /** UTF-8 encodes Java text (UTF-16) into a byte string. */
    public static String fromUtf16(String javaText) {
        return of(javaText.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a byte string as UTF-8; invalid bytes become U+FFFD, as Go's range does. */
    public static String toUtf16(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            long d = decodeRune(s, i);
            out.appendCodePoint(rune(d));
            i += width(d);
        }
        return out.toString();
    }

    /** The bytes of a byte string. */
    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The byte string holding these bytes. */
    public static String of(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The byte string of a slice of bytes ({@code string(b)}); elements are Longs. */
    public static String ofByteElems(Object elems, int offset, int len) {
        if (elems instanceof byte[] bs) {
            return new String(bs, offset, len, java.nio.charset.StandardCharsets.ISO_8859_1); // byte b is char b
        }
        char[] cs = new char[len];
        for (int i = 0; i < len; i++) {
            cs[i] = (char) (((Long) Elems.get(elems, offset + i)) & 0xFF);
        }
        return new String(cs);
    }

    /** The UTF-8 encoding of one rune as a byte string ({@code string(r)}); invalid runes give U+FFFD. */
    public static String ofRune(long r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
            r = RUNE_ERROR;
        }
        return fromUtf16(new String(Character.toChars((int) r)));
    }

    /**
     * Decodes the rune starting at byte {@code i}, like utf8.DecodeRuneInString: returns the
     * rune in the low 32 bits and its width in bytes in the high 32 bits (see {@link #rune}
     * and {@link #width}). An invalid encoding yields (U+FFFD, 1).
     */
    public static long decodeRune(String s, int i) {
        int n = s.length() - i;
        int b0 = s.charAt(i) & 0xFF;
        if (b0 < 0x80) {
            return pack(b0, 1);
        }
        if (b0 < 0xC2 || b0 > 0xF4) {
            return pack(RUNE_ERROR, 1);
        }
        int need = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
        if (n < need) {
            // A truncated sequence still consumes only one byte, but each continuation byte
            // present must be valid for Go to report width 1 anyway; width is 1 either way.
            return pack(RUNE_ERROR, 1);
        }
        int lo = 0x80, hi = 0xBF;
        if (b0 == 0xE0) lo = 0xA0;
        else if (b0 == 0xED) hi = 0x9F;
        else if (b0 == 0xF0) lo = 0x90;
        else if (b0 == 0xF4) hi = 0x8F;
        int b1 = s.charAt(i + 1) & 0xFF;
        if (b1 < lo || b1 > hi) {
            return pack(RUNE_ERROR, 1);
        }
        if (need == 2) {
            return pack(((b0 & 0x1F) << 6) | (b1 & 0x3F), 2);
        }
        int b2 = s.charAt(i + 2) & 0xFF;
        if (b2 < 0x80 || b2 > 0xBF) {
            return pack(RUNE_ERROR, 1);
        }
        if (need == 3) {
            return pack(((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F), 3);
        }
        int b3 = s.charAt(i + 3) & 0xFF;
        if (b3 < 0x80 || b3 > 0xBF) {
            return pack(RUNE_ERROR, 1);
        }
        return pack(((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F), 4);
    }

    /** The rune of a {@link #decodeRune} result. */
    public static int rune(long decoded) {
        return (int) decoded;
    }

    /** The width of a {@link #decodeRune} result. */
    public static int width(long decoded) {
        return (int) (decoded >>> 32);
    }

    /** Number of runes in a byte string, like utf8.RuneCountInString. */
    public static int runeCount(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i += width(decodeRune(s, i))) {
            count++;
        }
        return count;
    }

    private static long pack(int rune, int width) {
        return ((long) width << 32) | (rune & 0xFFFFFFFFL);
    }
}
