package dev.spindle.vm.stdlib.text;

/**
 * The few predicates of Go's {@code unicode} package that the library needs, over Java's Unicode
 * tables (Java and Go may be a Unicode version apart; for text lessons print, that never shows).
 */
public final class Unicode {

    private Unicode() {}

    /** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    public static boolean isPrint(int r) {
        if (r == ' ') {
            return true;
        }
        if (!Utf8.validRune(r)) {
            return false;
        }
        return isGraphicCategory(r);
    }

    /** unicode.IsGraphic: like IsPrint, but every Unicode space separator counts. */
    public static boolean isGraphic(int r) {
        return isPrint(r) || Utf8.validRune(r) && Character.getType(r) == Character.SPACE_SEPARATOR;
    }

    private static boolean isGraphicCategory(int r) {
        return switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** unicode.IsSpace: '\t', '\n', '\v', '\f', '\r', ' ', U+0085, U+00A0 and the White_Space runes above Latin-1. */
    public static boolean isSpace(int r) {
        if (r <= 0xFF) {
            return switch (r) {
                case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
                default -> false;
            };
        }
        return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029
                || r == 0x202F || r == 0x205F || r == 0x3000;
    }

    /** unicode.ToUpper (simple case mapping, one rune to one rune). */
    public static int toUpper(int r) {
        return Utf8.validRune(r) ? Character.toUpperCase(r) : r;
    }

    /** unicode.ToLower (simple case mapping). */
    public static int toLower(int r) {
        return Utf8.validRune(r) ? Character.toLowerCase(r) : r;
    }

    /** unicode.ToTitle (simple case mapping). */
    public static int toTitle(int r) {
        return Utf8.validRune(r) ? Character.toTitleCase(r) : r;
    }

    /**
     * unicode.SimpleFold: the next rune in r's case-folding orbit. We approximate the orbit by the
     * set {r, upper(r), lower(r), title(r)}, which is exact for every script lessons use.
     */
    public static boolean equalFold(int a, int b) {
        if (a == b) {
            return true;
        }
        return toUpper(a) == toUpper(b) || toLower(a) == toLower(b)
                || toLower(toUpper(a)) == toLower(toUpper(b));
    }
}
