package dev.spindle.lang.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks Go's source reader makes on the raw bytes, before any token: a NUL byte is
 * {@code invalid NUL character} and a byte that does not start or continue a valid UTF-8
 * sequence is {@code invalid UTF-8 encoding}, wherever they are (in a string literal, a
 * comment or between tokens). They need the bytes: once the file is decoded to Java text an
 * invalid sequence is only a U+FFFD, which is valid Go. Positions count bytes, as gc's do;
 * like gc, at most one error per line.
 */
public final class SourceBytes {
    private SourceBytes() {
    }

    /** The errors in {@code bytes} (the file as read), in order; empty for a clean file. */
    public static List<SyntaxError> check(String fileName, byte[] bytes) {
        List<SyntaxError> out = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int reportedLine = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            String err = null;
            int len = 1;
            if (b == 0) {
                err = "invalid NUL character";
            } else if (b >= 0x80) {
                len = sequenceLength(bytes, i);
                if (len == 0) {
                    err = "invalid UTF-8 encoding";
                    len = 1;
                }
            }
            if (err != null && reportedLine != line) {
                out.add(new SyntaxError(fileName, new Pos(line, i - lineStart + 1), err));
                reportedLine = line;
            }
            if (b == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += len;
        }
        return out;
    }

    /** Length of the valid UTF-8 sequence at {@code i} (Go's rules: no overlongs, no surrogates), or 0. */
    private static int sequenceLength(byte[] s, int i) {
        int b = s[i] & 0xff;
        int n;
        int min;
        if (b >= 0xc2 && b <= 0xdf) {
            n = 2;
            min = 0x80;
        } else if (b >= 0xe0 && b <= 0xef) {
            n = 3;
            min = 0x800;
        } else if (b >= 0xf0 && b <= 0xf4) {
            n = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + n > s.length) {
            return 0;
        }
        int cp = b & (0x7f >> n);
        for (int k = 1; k < n; k++) {
            int c = s[i + k] & 0xff;
            if ((c & 0xc0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            return 0;
        }
        return n;
    }
}
