package dev.spindle.vm.stdlib.fmt;

import dev.spindle.vm.stdlib.text.FloatFormat;
import dev.spindle.vm.stdlib.text.Quote;
import dev.spindle.vm.stdlib.text.Unicode;
import dev.spindle.vm.stdlib.text.Utf8;

/**
 * The formatting of one basic value under the current {@link Flags}: padding, integers in any base,
 * floats, strings, quoted strings and runes, hex dumps, booleans. This is Go's {@code fmt/format.go}
 * ported function by function, writing byte strings (one char per byte) into {@link #buf}.
 */
final class Fmt {

    static final String LDIGITS = "0123456789abcdefx";
    static final String UDIGITS = "0123456789ABCDEFX";

    final StringBuilder buf;
    final Flags f;

    Fmt(StringBuilder buf, Flags flags) {
        this.buf = buf;
        this.f = flags;
    }

    /** Writes n bytes of padding: zeros if the zero flag is set, else spaces. */
    void writePadding(int n) {
        if (n <= 0) {
            return;
        }
        char pad = f.zero ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(pad);
        }
    }

    /** Appends s padded to the width, counting runes as Go does (utf8.RuneCount). */
    void pad(String s) {
        if (!f.widPresent || f.wid == 0) {
            buf.append(s);
            return;
        }
        int width = f.wid - Utf8.runeCount(s);
        if (!f.minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }

    void fmtBoolean(boolean v) {
        pad(v ? "true" : "false");
    }

    /** fmt.fmtUnicode: "U+0078" or, with #, "U+0078 'x'". */
    void fmtUnicode(long u) {
        int prec = 4;
        if (f.precPresent && f.prec > 4) {
            prec = f.prec;
        }
        StringBuilder s = new StringBuilder("U+");
        String hex = Long.toHexString(u).toUpperCase(java.util.Locale.ROOT);
        for (int i = hex.length(); i < prec; i++) {
            s.append('0');
        }
        s.append(hex);
        if (f.sharp && u >= 0 && u <= Utf8.MAX_RUNE && Unicode.isPrint((int) u)) {
            s.append(" '");
            Utf8.appendRune(s, u);
            s.append('\'');
        }
        boolean oldZero = f.zero;
        f.zero = false;
        pad(s.toString());
        f.zero = oldZero;
    }

    /** fmt.fmtInteger: u is the value's bits (uint64), signed says whether to read it as int64. */
    void fmtInteger(long u, int base, boolean isSigned, int verb, String digits) {
        boolean negative = isSigned && u < 0;
        if (negative) {
            u = -u;
        }
        int prec = 0;
        if (f.precPresent) {
            prec = f.prec;
            if (prec == 0 && u == 0) {
                boolean oldZero = f.zero;
                f.zero = false;
                writePadding(f.wid);
                f.zero = oldZero;
                return;
            }
        } else if (f.zero && f.widPresent) {
            prec = f.wid;
            if (negative || f.plus || f.space) {
                prec--; // leave room for the sign
            }
        }
        StringBuilder rev = new StringBuilder(24);
        switch (base) {
            case 10 -> {
                do {
                    rev.append((char) ('0' + Long.remainderUnsigned(u, 10)));
                    u = Long.divideUnsigned(u, 10);
                } while (u != 0);
            }
            case 16, 8, 2 -> {
                int shift = base == 16 ? 4 : base == 8 ? 3 : 1;
                long mask = base - 1;
                do {
                    rev.append(digits.charAt((int) (u & mask)));
                    u >>>= shift;
                } while (u != 0);
            }
            default -> throw new IllegalArgumentException("base " + base);
        }
        while (rev.length() < prec) {
            rev.append('0');
        }
        if (f.sharp) {
            switch (base) {
                case 2 -> rev.append("b0");
                case 8 -> {
                    if (rev.charAt(rev.length() - 1) != '0') {
                        rev.append('0');
                    }
                }
                case 16 -> rev.append(digits.charAt(16)).append('0');
                default -> { }
            }
        }
        if (verb == 'O') {
            rev.append("o0");
        }
        if (negative) {
            rev.append('-');
        } else if (f.plus) {
            rev.append('+');
        } else if (f.space) {
            rev.append(' ');
        }
        boolean oldZero = f.zero;
        f.zero = false;
        pad(rev.reverse().toString());
        f.zero = oldZero;
    }

    /** fmt0x64: hex with (or without) the 0x prefix, as %p and %#v of unsigned integers print. */
    void fmt0x64(long v, boolean leading0x) {
        boolean sharp = f.sharp;
        f.sharp = leading0x;
        fmtInteger(v, 16, false, 'v', LDIGITS);
        f.sharp = sharp;
    }

    /** Truncates s to the precision, counted in runes. */
    String truncate(String s) {
        if (f.precPresent) {
            int n = f.prec;
            for (int i = 0; i < s.length();) {
                n--;
                if (n < 0) {
                    return s.substring(0, i);
                }
                i += Utf8.width(Utf8.decode(s, i));
            }
        }
        return s;
    }

    void fmtS(String s) {
        pad(truncate(s));
    }

    /** fmt.fmtSbx: hex of a string's bytes, with the space and sharp flags. */
    void fmtSbx(String s, String digits) {
        int length = s.length();
        if (f.precPresent && f.prec < length) {
            length = f.prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (f.space) {
                if (f.sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (f.sharp) {
                width += 2;
            }
        } else {
            if (f.widPresent) {
                writePadding(f.wid);
            }
            return;
        }
        if (f.widPresent && f.wid > width && !f.minus) {
            writePadding(f.wid - width);
        }
        if (f.sharp) {
            buf.append('0').append(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (f.space && i > 0) {
                buf.append(' ');
                if (f.sharp) {
                    buf.append('0').append(digits.charAt(16));
                }
            }
            int c = s.charAt(i) & 0xff;
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (f.widPresent && f.wid > width && f.minus) {
            writePadding(f.wid - width);
        }
    }

    /** fmt.fmtQ: a double-quoted string, or a raw one with #, or ASCII-only with +. */
    void fmtQ(String s) {
        s = truncate(s);
        if (f.sharp && Quote.canBackquote(s)) {
            pad("`" + s + "`");
            return;
        }
        pad(f.plus ? Quote.quoteToAscii(s) : Quote.quote(s));
    }

    /** fmt.fmtC: the rune as UTF-8 (U+FFFD when out of range). */
    void fmtC(long c) {
        pad(Utf8.encode(Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : c));
    }

    /** fmt.fmtQc: a single-quoted rune literal. */
    void fmtQc(long c) {
        long r = Long.compareUnsigned(c, Utf8.MAX_RUNE) > 0 ? Utf8.RUNE_ERROR : c;
        pad(f.plus ? Quote.quoteRuneToAscii(r) : Quote.quoteRune(r));
    }

    /**
     * fmt.fmtFloat: v formatted by strconv with verb and precision (the flag's precision wins),
     * then signs, the # flag and zero padding handled as Go does.
     */
    void fmtFloat(double v, int size, int verb, int prec) {
        if (f.precPresent) {
            prec = f.prec;
        }
        String formatted = verb == 'x' || verb == 'X'
                ? HexFloat.format(v, (char) verb, prec, size)
                : FloatFormat.format(v, (char) (verb == 'F' ? 'f' : verb), prec, size);
        StringBuilder num = new StringBuilder(formatted.length() + 2);
        if (formatted.charAt(0) == '-' || formatted.charAt(0) == '+') {
            num.append(formatted);
        } else {
            num.append('+').append(formatted);
        }
        if (f.space && num.charAt(0) == '+' && !f.plus) {
            num.setCharAt(0, ' ');
        }
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = f.zero;
            f.zero = false;
            if (num.charAt(1) == 'N' && !f.space && !f.plus) {
                num.deleteCharAt(0);
            }
            pad(num.toString());
            f.zero = oldZero;
            return;
        }
        if (f.sharp && verb != 'b') {
            sharpFloat(num, verb, prec);
        }
        if (f.plus || num.charAt(0) != '+') {
            if (f.zero && f.widPresent && f.wid > num.length()) {
                buf.append(num.charAt(0));
                writePadding(f.wid - num.length());
                buf.append(num, 1, num.length());
                return;
            }
            pad(num.toString());
            return;
        }
        pad(num.substring(1));
    }

    /** The # flag: always a decimal point, and for %g/%v keep trailing zeros up to the precision. */
    private static void sharpFloat(StringBuilder num, int verb, int prec) {
        int digits = 0;
        switch (verb) {
            case 'v', 'g', 'G', 'x' -> digits = prec == -1 ? 6 : prec;
            default -> { }
        }
        String tail = "";
        boolean hasDecimalPoint = false;
        boolean sawNonzeroDigit = false;
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == '.') {
                hasDecimalPoint = true;
            } else if (c == 'p' || c == 'P' || (c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
                tail = num.substring(i);
                num.setLength(i);
            } else {
                if (c != '0') {
                    sawNonzeroDigit = true;
                }
                // Count significant digits after the first non-zero digit.
                if (sawNonzeroDigit) {
                    digits--;
                }
            }
        }
        if (!hasDecimalPoint) {
            // A lone leading 0 counts once.
            if (num.length() == 2 && num.charAt(1) == '0') {
                digits--;
            }
            num.append('.');
        }
        for (; digits > 0; digits--) {
            num.append('0');
        }
        num.append(tail);
    }
}
