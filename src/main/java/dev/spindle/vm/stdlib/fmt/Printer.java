package dev.spindle.vm.stdlib.fmt;

import java.util.ArrayList;
import java.util.List;

/**
 * One print call: the output buffer, the current verb's flags, and the walk over the format string
 * (Go's {@code pp} with {@code doPrintf}, {@code doPrint}, {@code doPrintln}). The walk parses flags,
 * argument indexes {@code [n]}, widths and precisions (also from {@code *} operands), and writes
 * Go's error forms: {@code %!d(string=x)} for a bad verb, {@code %!v(MISSING)},
 * {@code %!(EXTRA int=3)}, {@code %!(NOVERB)}, {@code %!(BADWIDTH)}, {@code %!(BADPREC)},
 * {@code %!v(BADINDEX)}. How each operand prints is the {@link Operands}' business.
 */
final class Printer {

    final StringBuilder buf = new StringBuilder();
    final Flags flags = new Flags();
    final Fmt fmt = new Fmt(buf, flags);
    private final Operands operands;

    /** Set for Errorf: %w is allowed. */
    boolean wrapErrs;
    /** The operand indexes of the %w verbs, in format order. */
    final List<Integer> wrappedArgs = new ArrayList<>();

    /** True while a bad-verb description is being printed (suppresses Error/String methods, as Go does). */
    boolean erroring;
    /** True while a panic from an Error/String method is being printed. */
    boolean panicking;

    private boolean reordered;
    private boolean goodArgNum;

    Printer(Operands operands) {
        this.operands = operands;
    }

    String result() {
        return buf.toString();
    }

    void printArg(Object arg, int verb) {
        operands.printArg(this, arg, verb);
    }

    String typeString(Object arg) {
        return operands.typeString(arg);
    }

    /** Go's badVerb: {@code %!verb(type=value)} or {@code %!verb(<nil>)}. */
    void badVerb(int verb, Object arg) {
        erroring = true;
        buf.append("%!");
        appendRune(verb);
        buf.append('(');
        if (arg != null) {
            buf.append(operands.typeString(arg)).append('=');
            printArg(arg, 'v');
        } else {
            buf.append("<nil>");
        }
        buf.append(')');
        erroring = false;
    }

    void appendRune(int r) {
        dev.spindle.vm.stdlib.text.Utf8.appendRune(buf, r);
    }

    /** Print: operands in their default format, a space between two operands when neither is a string. */
    void doPrint(List<Object> a) {
        boolean prevString = false;
        for (int i = 0; i < a.size(); i++) {
            Object arg = a.get(i);
            boolean isString = arg != null && operands.isString(arg);
            if (i > 0 && !isString && !prevString) {
                buf.append(' ');
            }
            printArg(arg, 'v');
            prevString = isString;
        }
    }

    /** Println: operands in their default format, always separated by spaces, then a newline. */
    void doPrintln(List<Object> a) {
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) {
                buf.append(' ');
            }
            printArg(a.get(i), 'v');
        }
        buf.append('\n');
    }

    /** Printf: the format walk of Go's doPrintf. {@code format} is a byte string. */
    void doPrintf(String format, List<Object> a) {
        int end = format.length();
        int argNum = 0;
        boolean afterIndex;
        reordered = false;
        int i = 0;
        formatLoop:
        while (i < end) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                buf.append(format, lasti, i);
            }
            if (i >= end) {
                break;
            }
            i++; // skip %
            flags.clear();
            simpleFormat:
            for (; i < end; i++) {
                char c = format.charAt(i);
                switch (c) {
                    case '#' -> flags.sharp = true;
                    case '0' -> flags.zero = !flags.minus; // only pad with zeros on the left
                    case '+' -> flags.plus = true;
                    case '-' -> {
                        flags.minus = true;
                        flags.zero = false;
                    }
                    case ' ' -> flags.space = true;
                    default -> {
                        // Fast path: a lower-case verb right after the flags.
                        if ('a' <= c && c <= 'z' && argNum < a.size()) {
                            if (c == 'v') {
                                flags.sharpV = flags.sharp;
                                flags.sharp = false;
                                flags.plusV = flags.plus;
                                flags.plus = false;
                            }
                            if (c == 'w') {
                                argNum = printW(a, argNum);
                            } else {
                                printArg(a.get(argNum), c);
                                argNum++;
                            }
                            i++;
                            continue formatLoop;
                        }
                        break simpleFormat;
                    }
                }
            }

            // Argument index?
            int[] st = argNumber(argNum, format, i, a.size());
            argNum = st[0];
            i = st[1];
            afterIndex = st[2] != 0;

            // Width?
            if (i < end && format.charAt(i) == '*') {
                i++;
                Long w = intFromArg(a, argNum);
                argNum = argNum < a.size() ? argNum + 1 : argNum;
                flags.widPresent = w != null;
                flags.wid = w == null ? 0 : (int) (long) w;
                if (!flags.widPresent) {
                    buf.append("%!(BADWIDTH)");
                }
                if (flags.wid < 0) {
                    flags.wid = -flags.wid;
                    flags.minus = true;
                    flags.zero = false;
                }
                afterIndex = false;
            } else {
                int[] n = parsenum(format, i, end);
                flags.wid = n[0];
                flags.widPresent = n[1] != 0;
                i = n[2];
                if (afterIndex && flags.widPresent) {
                    goodArgNum = false;
                }
            }

            // Precision?
            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) {
                    goodArgNum = false;
                }
                st = argNumber(argNum, format, i, a.size());
                argNum = st[0];
                i = st[1];
                afterIndex = st[2] != 0;
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    Long p = intFromArg(a, argNum);
                    argNum = argNum < a.size() ? argNum + 1 : argNum;
                    flags.precPresent = p != null;
                    flags.prec = p == null ? 0 : (int) (long) p;
                    if (flags.prec < 0) {
                        flags.prec = 0;
                        flags.precPresent = false;
                    }
                    if (!flags.precPresent) {
                        buf.append("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    int[] n = parsenum(format, i, end);
                    flags.prec = n[0];
                    flags.precPresent = true; // "%.d" means precision 0
                    i = n[2];
                }
            }

            if (!afterIndex) {
                st = argNumber(argNum, format, i, a.size());
                argNum = st[0];
                i = st[1];
                afterIndex = st[2] != 0;
            }

            if (i >= end) {
                buf.append("%!(NOVERB)");
                break;
            }

            int verb = format.charAt(i);
            int size = 1;
            if (verb >= 0x80) {
                long d = dev.spindle.vm.stdlib.text.Utf8.decode(format, i);
                verb = dev.spindle.vm.stdlib.text.Utf8.rune(d);
                size = dev.spindle.vm.stdlib.text.Utf8.width(d);
            }
            i += size;

            if (verb == '%') {
                buf.append('%'); // absorbs no operand, ignores width and precision
            } else if (!goodArgNum) {
                buf.append("%!");
                appendRune(verb);
                buf.append("(BADINDEX)");
            } else if (argNum >= a.size()) {
                buf.append("%!");
                appendRune(verb);
                buf.append("(MISSING)");
            } else if (verb == 'w') {
                argNum = printW(a, argNum);
            } else {
                if (verb == 'v') {
                    flags.sharpV = flags.sharp;
                    flags.sharp = false;
                    flags.plusV = flags.plus;
                    flags.plus = false;
                }
                printArg(a.get(argNum), verb);
                argNum++;
            }
        }

        if (!reordered && argNum < a.size()) {
            flags.clear();
            buf.append("%!(EXTRA ");
            for (int k = argNum; k < a.size(); k++) {
                if (k > argNum) {
                    buf.append(", ");
                }
                Object arg = a.get(k);
                if (arg == null) {
                    buf.append("<nil>");
                } else {
                    buf.append(operands.typeString(arg)).append('=');
                    printArg(arg, 'v');
                }
            }
            buf.append(')');
        }
    }

    /**
     * %w (Go 1.20+): the operand's index is recorded for Errorf whatever it is; it prints as %v if
     * it is an error and we are in Errorf, else as a bad verb ({@code %!w(int=5)}).
     */
    private int printW(List<Object> a, int argNum) {
        wrappedArgs.add(argNum);
        Object arg = a.get(argNum);
        flags.sharpV = flags.sharp;
        flags.sharp = false;
        flags.plusV = flags.plus;
        flags.plus = false;
        if (!wrapErrs || arg == null || !operands.isError(arg)) {
            badVerb('w', arg);
        } else {
            printArg(arg, 'v');
        }
        return argNum + 1;
    }

    /** Whether the format used explicit argument indexes ({@code %[2]d}). */
    boolean reordered() {
        return reordered;
    }

    private Long intFromArg(List<Object> a, int argNum) {
        if (argNum >= a.size()) {
            return null;
        }
        Object arg = a.get(argNum);
        Long n = arg == null ? null : operands.intValue(arg);
        if (n != null && tooLarge(n)) {
            return null;
        }
        return n;
    }

    private static boolean tooLarge(long x) {
        return x > 1_000_000 || x < -1_000_000;
    }

    /** parsenum: {value, present(0/1), newIndex}. */
    private static int[] parsenum(String s, int start, int end) {
        if (start >= end) {
            return new int[] {0, 0, end};
        }
        int num = 0;
        boolean isnum = false;
        int i = start;
        for (; i < end && '0' <= s.charAt(i) && s.charAt(i) <= '9'; i++) {
            if (tooLarge(num)) {
                return new int[] {0, 0, end}; // overflow
            }
            num = num * 10 + (s.charAt(i) - '0');
            isnum = true;
        }
        return new int[] {num, isnum ? 1 : 0, i};
    }

    /**
     * argNumber: an explicit operand index {@code [n]} at i, 1-based. Returns {argNum, newIndex,
     * found(0/1)}; a bad index clears goodArgNum.
     */
    private int[] argNumber(int argNum, String format, int i, int numArgs) {
        if (format.length() <= i || format.charAt(i) != '[') {
            return new int[] {argNum, i, 0};
        }
        reordered = true;
        // parseArgNumber
        int index = 0;
        int wid = 0;
        boolean ok = false;
        if (format.length() - i >= 3) {
            for (int k = i + 1; k < format.length(); k++) {
                if (format.charAt(k) == ']') {
                    int[] n = parsenum(format, i + 1, k);
                    if (n[1] == 0 || n[2] != k) {
                        index = 0;
                        wid = k - i + 1;
                        ok = false;
                    } else {
                        index = n[0] - 1;
                        wid = k - i + 1;
                        ok = true;
                    }
                    break;
                }
            }
            if (wid == 0) {
                wid = 1; // no closing bracket
            }
        } else {
            wid = 1;
        }
        if (ok && 0 <= index && index < numArgs) {
            return new int[] {index, i + wid, 1};
        }
        goodArgNum = false;
        return new int[] {argNum, i + wid, ok ? 1 : 0};
    }
}
