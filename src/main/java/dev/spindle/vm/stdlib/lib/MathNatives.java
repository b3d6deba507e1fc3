package dev.spindle.vm.stdlib.lib;

import dev.spindle.vm.stdlib.NativeFunction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Package math. Where Go's special cases differ from Java's (Pow(1, NaN) = 1, Pow(-1, ±Inf) = 1,
 * Round half away from zero, Log2 exact on powers of two) Go's rules are coded here; the
 * transcendental functions use {@link StrictMath} (fdlibm, which Go's own code is ported from).
 * Constants (Pi, MaxInt64, ...) are folded by the checker.
 */
public final class MathNatives {

    private static final double INV_LN2 = 1.442695040888963407359924681001892137426645954152985934135449407;
    private static final double INV_LN10 = 0.4342944819032518276511289189166050822943970058036665661144537831;

    private MathNatives() {}

    /**
     * The functions of one float64 that only compute: no output, no panic, nothing reached
     * through their argument. The natives below call these, and so does compiled code
     * ({@code vm.jit}), which calls them directly instead of through the general native call:
     * one implementation of each.
     */
    private static final Map<String, DoubleUnaryOperator> UNARY = unaryFunctions();

    private static Map<String, DoubleUnaryOperator> unaryFunctions() {
        Map<String, DoubleUnaryOperator> u = new LinkedHashMap<>();
        u.put("math.Abs", Math::abs);
        u.put("math.Sqrt", Math::sqrt);
        u.put("math.Cbrt", StrictMath::cbrt);
        u.put("math.Exp", Math::exp); // Go uses an assembly exp on amd64; the JIT intrinsic agrees with it more often than fdlibm
        u.put("math.Exp2", x -> pow(2, x));
        u.put("math.Log", StrictMath::log);
        u.put("math.Log2", MathNatives::log2);
        u.put("math.Log10", x -> StrictMath.log(x) * INV_LN10);
        u.put("math.Log1p", StrictMath::log1p);
        u.put("math.Floor", Math::floor);
        u.put("math.Ceil", Math::ceil);
        u.put("math.Trunc", MathNatives::trunc);
        u.put("math.Round", MathNatives::round);
        u.put("math.RoundToEven", Math::rint);
        u.put("math.Sin", StrictMath::sin);
        u.put("math.Cos", StrictMath::cos);
        u.put("math.Tan", StrictMath::tan);
        u.put("math.Asin", StrictMath::asin);
        u.put("math.Acos", StrictMath::acos);
        u.put("math.Atan", StrictMath::atan);
        u.put("math.Sinh", StrictMath::sinh);
        u.put("math.Cosh", StrictMath::cosh);
        u.put("math.Tanh", StrictMath::tanh);
        return Collections.unmodifiableMap(u);
    }

    /** The function of one float64 named {@code qualifiedName} ("math.Sqrt") if it only computes, else null. */
    public static DoubleUnaryOperator unary(String qualifiedName) {
        return UNARY.get(qualifiedName);
    }

    public static void register(Map<String, NativeFunction> m) {
        UNARY.forEach((name, f) -> m.put(name, (ctx, a) -> f.applyAsDouble((Double) a[0])));
        binary(m, "Pow", MathNatives::pow);
        binary(m, "Max", Math::max);
        binary(m, "Min", Math::min);
        binary(m, "Mod", (x, y) -> x % y);
        binary(m, "Hypot", MathNatives::hypot);
        binary(m, "Atan2", StrictMath::atan2);
        binary(m, "Copysign", Math::copySign);
        m.put("math.Modf", (ctx, a) -> modf((Double) a[0]));
        m.put("math.Pow10", (ctx, a) -> pow10((Long) a[0]));
        m.put("math.Inf", (ctx, a) -> (Long) a[0] >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        m.put("math.IsInf", (ctx, a) -> {
            double f = (Double) a[0];
            long sign = (Long) a[1];
            return sign >= 0 && f == Double.POSITIVE_INFINITY || sign <= 0 && f == Double.NEGATIVE_INFINITY;
        });
        m.put("math.IsNaN", (ctx, a) -> Double.isNaN((Double) a[0]));
        m.put("math.NaN", (ctx, a) -> Double.NaN);
        m.put("math.Signbit", (ctx, a) -> Double.doubleToRawLongBits((Double) a[0]) < 0);
        m.put("math.Float64bits", (ctx, a) -> Double.doubleToRawLongBits((Double) a[0]));
        m.put("math.Float64frombits", (ctx, a) -> Double.longBitsToDouble((Long) a[0]));
        m.put("math.Float32bits", (ctx, a) -> Float.floatToRawIntBits((float) (double) (Double) a[0]) & 0xffffffffL);
        m.put("math.Float32frombits", (ctx, a) -> (double) Float.intBitsToFloat((int) (long) (Long) a[0]));
    }

    private static void binary(Map<String, NativeFunction> m, String name, DoubleBinaryOperator f) {
        m.put("math." + name, (ctx, a) -> f.applyAsDouble((Double) a[0], (Double) a[1]));
    }

    static double pow(double x, double y) {
        if (x == 1) {
            return 1;
        }
        if (x == -1 && Double.isInfinite(y)) {
            return 1;
        }
        return StrictMath.pow(x, y);
    }

    /** Go's Log2: exact for powers of two (Frexp), else Log(frac)/Ln2 + exp. */
    static double log2(double x) {
        if (Double.isNaN(x) || x <= 0 || Double.isInfinite(x)) {
            return StrictMath.log(x) * INV_LN2;
        }
        int exp = Math.getExponent(x);
        double frac;
        if (exp == Double.MIN_EXPONENT - 1) { // subnormal
            double scaled = x * 0x1p52;
            exp = Math.getExponent(scaled) - 52;
            frac = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
        } else {
            frac = x / Math.scalb(1.0, exp + 1);
        }
        exp += 1; // Frexp: x = frac × 2^exp with frac in [0.5, 1)
        if (frac == 0.5) {
            return exp - 1;
        }
        return StrictMath.log(frac) * INV_LN2 + exp;
    }

    static double trunc(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /** Go's Round: half away from zero. */
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) >= 0x1p52) {
            return x;
        }
        double a = Math.abs(x);
        double t = Math.floor(a);
        if (a - t >= 0.5) {
            t += 1;
        }
        return Math.copySign(t, x);
    }

    static Object[] modf(double f) {
        if (f < 1) {
            if (f < 0) {
                Object[] r = modf(-f);
                return new Object[] {-(Double) r[0], -(Double) r[1]};
            }
            if (f == 0) {
                return new Object[] {f, f};
            }
            return new Object[] {0.0, f};
        }
        double i = Math.floor(f);
        if (Double.isInfinite(f)) {
            return new Object[] {f, Double.NaN};
        }
        return new Object[] {i, f - i};
    }

    static double pow10(long n) {
        if (n < -323) {
            return 0;
        }
        if (n > 308) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble("1e" + n);
    }

    static double hypot(double p, double q) {
        p = Math.abs(p);
        q = Math.abs(q);
        if (Double.isInfinite(p) || Double.isInfinite(q)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(p) || Double.isNaN(q)) {
            return Double.NaN;
        }
        if (p < q) {
            double t = p;
            p = q;
            q = t;
        }
        if (p == 0) {
            return 0;
        }
        q = q / p;
        return p * Math.sqrt(1 + q * q);
    }
}
