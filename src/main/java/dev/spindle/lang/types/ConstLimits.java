package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.LitKind;
import dev.spindle.lang.syntax.Token;
import java.math.BigInteger;

/**
 * Go's limits on constants, with types2's words: numeric literals longer than 10,000
 * characters are refused before any conversion ({@code excessively long constant: 1111111111...
 * (1000000 chars)}: converting a megabyte of digits is quadratic and useless, since only 512
 * bits can count), untyped integers beyond 512 bits overflow ({@code constant multiplication
 * overflow}, named by the operator as types2 names it), and float literals are read without
 * expanding their exponent ({@code 1e10000000} is a 512-bit mantissa and an exponent, see
 * {@link FloatConsts}).
 */
final class ConstLimits {
    /** types2's cap on the length of a numeric literal. */
    static final int MAX_LITERAL = 10_000;

    private ConstLimits() {
    }

    /** The error for a numeric literal that is too long, or null. */
    static String tooLong(Expr.BasicLit lit) {
        if (lit.kind() == LitKind.STRING || lit.kind() == LitKind.RUNE || lit.raw().length() <= MAX_LITERAL) {
            return null;
        }
        return "excessively long constant: " + lit.raw().substring(0, 10) + "... (" + lit.raw().length() + " chars)";
    }

    /** The value of a float literal, or null if it is malformed (its exponent out of range). */
    static Constant.Float floatLiteral(String raw) {
        String s = raw.replace("_", "");
        if (s.length() > 1 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
            return hexLiteral(s.substring(2));
        }
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        String mant = e < 0 ? s : s.substring(0, e);
        Long written = exponent(s, e);
        if (written == null) {
            return null;
        }
        long exp = written;
        int dot = mant.indexOf('.');
        if (dot >= 0) {
            exp -= mant.length() - dot - 1;
            mant = mant.substring(0, dot) + mant.substring(dot + 1);
        }
        BigInteger unscaled = mant.isEmpty() ? BigInteger.ZERO : new BigInteger(mant);
        if (unscaled.signum() == 0) {
            return new Constant.Float(BigInteger.ZERO, BigInteger.ONE);
        }
        return FloatConsts.ofDecimal(unscaled, exp);
    }

    /**
     * The exponent written after a literal's {@code e} or {@code p} at index {@code at} (0 when
     * {@code at} is -1: none), or null when it is malformed or beyond big.Float's exponent
     * whatever the digits say.
     */
    private static Long exponent(String s, int at) {
        if (at < 0) {
            return 0L;
        }
        String es = s.substring(at + 1);
        if (es.startsWith("+")) {
            es = es.substring(1);
        }
        if (es.length() > 12) {
            return null;
        }
        try {
            return Long.parseLong(es);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /**
     * A hexadecimal float literal ({@code 0x1.8p3}) as mantissa × 2^exponent, never expanding
     * the exponent: {@code 0xfp25593100} would otherwise build a 25-million-bit integer.
     */
    private static Constant.Float hexLiteral(String s) {
        int p = Math.max(s.indexOf('p'), s.indexOf('P'));
        String mant = p < 0 ? s : s.substring(0, p);
        Long written = exponent(s, p);
        if (written == null) {
            return null;
        }
        long exp = written;
        int dot = mant.indexOf('.');
        if (dot >= 0) {
            exp -= 4L * (mant.length() - dot - 1);
            mant = mant.substring(0, dot) + mant.substring(dot + 1);
        }
        BigInteger m;
        try {
            m = mant.isEmpty() ? BigInteger.ZERO : new BigInteger(mant, 16);
        } catch (NumberFormatException ex) {
            m = BigInteger.ZERO; // the lexer has reported the malformed digits
        }
        return FloatConsts.binary(m, exp);
    }

    /** types2's opName: the operation an overflowing constant came from, or "". */
    static String opName(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case ADD -> "addition";
                case SUB -> "subtraction";
                case XOR -> "bitwise XOR";
                case MUL -> "multiplication";
                case SHL -> "shift";
                default -> "";
            };
        }
        if (e instanceof Expr.Unary u && u.op() == Token.XOR) {
            return "bitwise complement";
        }
        return "";
    }
}
