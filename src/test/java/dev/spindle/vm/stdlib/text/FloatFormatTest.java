package dev.spindle.vm.stdlib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FloatFormatTest {

    /** Every row of format_float.tsv is what Go 1.19's strconv.FormatFloat printed. */
    @Test
    void matchesGoOnTheGoldenTable() {
        List<String> failures = new ArrayList<>();
        List<String> lines = Golden.lines("format_float.tsv");
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            double v = Double.parseDouble(f[0].replace("+Inf", "Infinity"));
            char fmt = f[1].charAt(0);
            int prec = Integer.parseInt(f[2]);
            int bits = Integer.parseInt(f[3]);
            if (bits == 32) {
                v = (float) v;
            }
            String got = fmt == 'x'
                    ? dev.spindle.vm.stdlib.fmt.FmtNatives.hexFloat(v, fmt, prec, bits)
                    : FloatFormat.format(v, fmt, prec, bits);
            if (!got.equals(f[4])) {
                failures.add(line + "  got " + got);
            }
        }
        assertThat(lines).hasSizeGreaterThan(1000);
        assertThat(failures).isEmpty();
    }

    @Test
    void printsFloatsAsPrintlnDoes() {
        assertThat(FloatFormat.format(0.1 + 0.2, 'g', -1, 64)).isEqualTo("0.30000000000000004");
        assertThat(FloatFormat.format(1e21, 'g', -1, 64)).isEqualTo("1e+21");
        assertThat(FloatFormat.format(1e20, 'g', -1, 64)).isEqualTo("1e+20");
        assertThat(FloatFormat.format(123456, 'g', -1, 64)).isEqualTo("123456");
        assertThat(FloatFormat.format(1234567, 'g', -1, 64)).isEqualTo("1.234567e+06");
        assertThat(FloatFormat.format(1e-4, 'g', -1, 64)).isEqualTo("0.0001");
        assertThat(FloatFormat.format(1e-5, 'g', -1, 64)).isEqualTo("1e-05");
        assertThat(FloatFormat.format(-0.0, 'g', -1, 64)).isEqualTo("-0");
        assertThat(FloatFormat.format((float) 0.1, 'g', -1, 32)).isEqualTo("0.1");
        assertThat(FloatFormat.format((float) 0.1, 'g', -1, 64)).isEqualTo("0.10000000149011612");
        assertThat(FloatFormat.format(Double.MIN_VALUE, 'g', -1, 64)).isEqualTo("5e-324");
        assertThat(FloatFormat.format(Float.MIN_VALUE, 'g', -1, 32)).isEqualTo("1e-45");
    }

    @Property
    void shortestReadsBack(@ForAll double v) {
        String s = FloatFormat.format(v, 'g', -1, 64);
        assertThat(parse(s)).isEqualTo(v);
        assertThat(parse(FloatFormat.format(v, 'e', -1, 64))).isEqualTo(v);
        assertThat(parse(FloatFormat.format(v, 'f', -1, 64))).isEqualTo(v);
    }

    @Property
    void shortestFloat32ReadsBack(@ForAll float v) {
        String s = FloatFormat.format(v, 'g', -1, 32);
        assertThat(Float.parseFloat(s.replace("+Inf", "Infinity").replace("-Inf", "-Infinity"))).isEqualTo(v);
    }

    /** Seventeen significant digits always identify a double. */
    @Property
    void seventeenDigitsReadBack(@ForAll double v) {
        assertThat(parse(FloatFormat.format(v, 'e', 16, 64))).isEqualTo(v);
    }

    /** %e and %f agree with Java's String.format when no tie has to be broken (Java rounds half up). */
    @Property
    void fixedPrecisionAgreesWithJavaAwayFromTies(@ForAll double v, @ForAll @IntRange(min = 0, max = 12) int prec) {
        if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) > 1e15 || Math.abs(v) < 1e-15) {
            return;
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(v);
        java.math.BigDecimal up = exact.setScale(prec, java.math.RoundingMode.HALF_UP);
        java.math.BigDecimal even = exact.setScale(prec, java.math.RoundingMode.HALF_EVEN);
        if (up.compareTo(even) != 0) {
            return;
        }
        // Go keeps the sign of a negative number that rounds to zero ("-0.00").
        String sign = Double.doubleToRawLongBits(v) < 0 ? "-" : "";
        assertThat(FloatFormat.format(v, 'f', prec, 64)).isEqualTo(sign + even.abs().toPlainString());
    }

    private static double parse(String s) {
        return Double.parseDouble(s.replace("+Inf", "Infinity").replace("-Inf", "-Infinity"));
    }
}
