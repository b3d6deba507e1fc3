package dev.spindle.lang.types;

/**
 * Go's {@code strconv.Quote} for byte strings (one char per byte), used where constant
 * string values appear in messages.
 */
final class GoQuote {
    private GoQuote() {
    }

    static String quote(String bytes) {
        String s = decodeUtf8(bytes);
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", c));
                    } else if (c == 0xFFFD) {
                        sb.append("\\ufffd");
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }

    /** Decodes a byte string as UTF-8 (invalid bytes become U+FFFD). */
    static String decodeUtf8(String bytes) {
        byte[] b = new byte[bytes.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes.charAt(i);
        }
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
}
