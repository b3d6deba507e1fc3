package dev.spindle.cli;

/** A size as java's -Xmx takes it: bytes, or a number with k, m or g (either case). */
final class HeapSize {
    private HeapSize() {
    }

    /** The size in bytes, or -1 if {@code text} is not one. */
    static long parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty()) {
            return -1;
        }
        int shift = switch (t.charAt(t.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? t : t.substring(0, t.length() - 1);
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        long n = Long.parseLong(digits);
        return n > (Long.MAX_VALUE >> shift) ? -1 : n << shift;
    }
}
