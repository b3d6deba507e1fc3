package dev.spindle.vm.stdlib.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The algorithms of Go's {@code strings} package over byte strings, independent of the value
 * representation: splitting (with Go's rules for an empty separator and for n), replacing (an
 * empty old string inserts at rune boundaries), counting, trimming by cutset or predicate, case
 * mapping rune by rune (invalid bytes become U+FFFD, as strings.Map makes them), folding.
 */
public final class GoStrings {

    private GoStrings() {}

    /** strings.Count: non-overlapping occurrences; an empty substr counts rune boundaries. */
    public static int count(String s, String sub) {
        if (sub.isEmpty()) {
            return Utf8.runeCount(s) + 1;
        }
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }

    /** Go's genSplit: split after sepSave bytes of each separator, into at most n pieces (n < 0: all). */
    public static List<String> genSplit(String s, String sep, int sepSave, int n) {
        if (n == 0) {
            return null;
        }
        if (sep.isEmpty()) {
            return explode(s, n);
        }
        if (n < 0) {
            n = count(s, sep) + 1;
        }
        if (n > s.length() + 1) {
            n = s.length() + 1;
        }
        List<String> a = new ArrayList<>();
        int i = 0;
        while (a.size() < n - 1) {
            int m = s.indexOf(sep, i);
            if (m < 0) {
                break;
            }
            a.add(s.substring(i, m + sepSave));
            i = m + sep.length();
        }
        a.add(s.substring(i));
        return a;
    }

    /** Splits s into its UTF-8 sequences (invalid bytes one by one), at most n pieces. */
    static List<String> explode(String s, int n) {
        int l = Utf8.runeCount(s);
        if (n < 0 || n > l) {
            n = l;
        }
        List<String> a = new ArrayList<>(n);
        int i = 0;
        for (int k = 0; k < n - 1; k++) {
            int w = Utf8.width(Utf8.decode(s, i));
            a.add(s.substring(i, i + w));
            i += w;
        }
        if (n > 0) {
            a.add(s.substring(i));
        }
        return a;
    }

    /** strings.FieldsFunc (and Fields with unicode.IsSpace). */
    public static List<String> fieldsFunc(String s, IntPredicate isSep) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length();) {
            long d = Utf8.decode(s, i);
            int w = Utf8.width(d);
            if (isSep.test(Utf8.rune(d))) {
                if (start >= 0) {
                    out.add(s.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += w;
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** strings.Replace with Go's n rules. */
    public static String replace(String s, String old, String neu, int n) {
        if (old.equals(neu) || n == 0) {
            return s;
        }
        int m = count(s, old);
        if (m == 0) {
            return s;
        }
        if (n < 0 || m < n) {
            n = m;
        }
        StringBuilder b = new StringBuilder(s.length() + n * (neu.length() - old.length()));
        int start = 0;
        for (int i = 0; i < n; i++) {
            int j = start;
            if (old.isEmpty()) {
                if (i > 0) {
                    j += Utf8.width(Utf8.decode(s, start));
                }
            } else {
                j = s.indexOf(old, start);
            }
            b.append(s, start, j).append(neu);
            start = j + old.length();
        }
        b.append(s, start, s.length());
        return b.toString();
    }

    /** strings.Map: each rune mapped; negative results drop the rune; invalid bytes read as U+FFFD. */
    public static String map(String s, IntUnaryOperator mapping) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            long d = Utf8.decode(s, i);
            int r = mapping.applyAsInt(Utf8.rune(d));
            if (r >= 0) {
                Utf8.appendRune(out, r);
            }
            i += Utf8.width(d);
        }
        return out.toString();
    }

    /** strings.ToUpper: ASCII fast path as Go (unchanged bytes), else rune mapping. */
    public static String toUpper(String s) {
        if (isAscii(s)) {
            StringBuilder sb = new StringBuilder(s);
            for (int i = 0; i < sb.length(); i++) {
                char c = sb.charAt(i);
                if ('a' <= c && c <= 'z') {
                    sb.setCharAt(i, (char) (c - 32));
                }
            }
            return sb.toString();
        }
        return map(s, Unicode::toUpper);
    }

    public static String toLower(String s) {
        if (isAscii(s)) {
            StringBuilder sb = new StringBuilder(s);
            for (int i = 0; i < sb.length(); i++) {
                char c = sb.charAt(i);
                if ('A' <= c && c <= 'Z') {
                    sb.setCharAt(i, (char) (c + 32));
                }
            }
            return sb.toString();
        }
        return map(s, Unicode::toLower);
    }

    public static String toTitle(String s) {
        return map(s, Unicode::toTitle);
    }

    /** strings.Title: the first letter of each word in title case (words separated as Go's isSeparator says). */
    public static String title(String s) {
        int[] prev = {' '};
        return map(s, r -> {
            int out = isSeparator(prev[0]) ? Unicode.toTitle(r) : r;
            prev[0] = r;
            return out;
        });
    }

    private static boolean isSeparator(int r) {
        if (r <= 0x7F) {
            return !(('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || r == '_');
        }
        if (Character.isLetter(r) || Character.isDigit(r)) {
            return false;
        }
        return Unicode.isSpace(r);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** strings.TrimLeftFunc. */
    public static String trimLeftFunc(String s, IntPredicate f) {
        int i = 0;
        while (i < s.length()) {
            long d = Utf8.decode(s, i);
            if (!f.test(Utf8.rune(d))) {
                break;
            }
            i += Utf8.width(d);
        }
        return s.substring(i);
    }

    /** strings.TrimRightFunc: decodes backwards rune by rune. */
    public static String trimRightFunc(String s, IntPredicate f) {
        int end = s.length();
        while (end > 0) {
            int start = lastRuneStart(s, end);
            long d = Utf8.decode(s, start);
            int r = Utf8.width(d) == end - start ? Utf8.rune(d) : Utf8.RUNE_ERROR;
            if (!f.test(r)) {
                break;
            }
            end = start;
        }
        return s.substring(0, end);
    }

    /** The start of the last rune of s[:end] (utf8.DecodeLastRuneInString's step back). */
    static int lastRuneStart(String s, int end) {
        int start = end - 1;
        int lim = Math.max(end - 4, 0);
        for (int i = end - 1; i >= lim; i--) {
            if ((s.charAt(i) & 0xC0) != 0x80) {
                start = i;
                break;
            }
        }
        long d = Utf8.decode(s, start);
        if (start + Utf8.width(d) != end) {
            return end - 1; // invalid: one byte
        }
        return start;
    }

    public static IntPredicate inCutset(String cutset) {
        List<Integer> runes = new ArrayList<>();
        for (int i = 0; i < cutset.length();) {
            long d = Utf8.decode(cutset, i);
            runes.add(Utf8.rune(d));
            i += Utf8.width(d);
        }
        return r -> runes.contains(r);
    }

    /** strings.IndexRune: a valid rune's bytes; RuneError also finds invalid bytes; others -1. */
    public static int indexRune(String s, long r) {
        if (r == Utf8.RUNE_ERROR) {
            for (int i = 0; i < s.length();) {
                long d = Utf8.decode(s, i);
                if (Utf8.rune(d) == Utf8.RUNE_ERROR) {
                    return i;
                }
                i += Utf8.width(d);
            }
            return -1;
        }
        if (!Utf8.validRune(r)) {
            return -1;
        }
        return s.indexOf(Utf8.encode(r));
    }

    /** strings.IndexFunc / IndexAny: the byte index of the first rune satisfying f. */
    public static int indexFunc(String s, IntPredicate f) {
        for (int i = 0; i < s.length();) {
            long d = Utf8.decode(s, i);
            if (f.test(Utf8.rune(d))) {
                return i;
            }
            i += Utf8.width(d);
        }
        return -1;
    }

    /** strings.EqualFold: equal under simple Unicode case folding, rune by rune. */
    public static boolean equalFold(String s, String t) {
        int i = 0;
        int j = 0;
        while (i < s.length() && j < t.length()) {
            long a = Utf8.decode(s, i);
            long b = Utf8.decode(t, j);
            if (!Unicode.equalFold(Utf8.rune(a), Utf8.rune(b))) {
                return false;
            }
            i += Utf8.width(a);
            j += Utf8.width(b);
        }
        return i == s.length() && j == t.length();
    }

    /** Replacer.Replace: at each position the first pair (in argument order) whose old matches wins. */
    public static String replaceAll(String s, List<String> oldnew) {
        StringBuilder out = new StringBuilder(s.length());
        boolean hasEmpty = false;
        for (int k = 0; k < oldnew.size(); k += 2) {
            hasEmpty |= oldnew.get(k).isEmpty();
        }
        int i = 0;
        while (i <= s.length()) {
            boolean matched = false;
            for (int k = 0; k < oldnew.size(); k += 2) {
                String old = oldnew.get(k);
                if (s.startsWith(old, i) && (!old.isEmpty() || hasEmpty)) {
                    out.append(oldnew.get(k + 1));
                    if (!old.isEmpty()) {
                        i += old.length();
                        matched = true;
                    }
                    break;
                }
            }
            if (!matched) {
                if (i < s.length()) {
                    out.append(s.charAt(i));
                }
                i++;
            }
        }
        return out.toString();
    }
}
