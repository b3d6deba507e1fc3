package dev.spindle.vm.stdlib.fmt;

import static dev.spindle.vm.stdlib.fmt.GoVals.b;
import static dev.spindle.vm.stdlib.fmt.GoVals.f;
import static dev.spindle.vm.stdlib.fmt.GoVals.f32;
import static dev.spindle.vm.stdlib.fmt.GoVals.i;
import static dev.spindle.vm.stdlib.fmt.GoVals.map;
import static dev.spindle.vm.stdlib.fmt.GoVals.mapOf;
import static dev.spindle.vm.stdlib.fmt.GoVals.r;
import static dev.spindle.vm.stdlib.fmt.GoVals.s;
import static dev.spindle.vm.stdlib.fmt.GoVals.slice;
import static dev.spindle.vm.stdlib.fmt.GoVals.sliceOf;
import static dev.spindle.vm.stdlib.fmt.GoVals.struct;
import static dev.spindle.vm.stdlib.fmt.GoVals.typed;
import static dev.spindle.vm.stdlib.fmt.GoVals.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Universe;
import dev.spindle.vm.stdlib.TestContext;
import dev.spindle.vm.value.Box;
import dev.spindle.vm.value.SliceValue;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** fmt against what Go 1.19 printed for the same operands (each expectation was run through real Go). */
class FmtTest {

    private final TestContext ctx = new TestContext();

    private String sprintf(String format, Object... args) {
        return FmtNatives.sprintf(ctx, format, Arrays.asList(args));
    }

    private String sprint(Object... args) {
        return FmtNatives.sprint(ctx, Arrays.asList(args));
    }

    private String sprintln(Object... args) {
        return FmtNatives.sprintln(ctx, Arrays.asList(args));
    }

    @Test
    void integers() {
        IfaceValue255 n = new IfaceValue255();
        assertThat(sprintf("%d|%5d|%-5d|%05d", n.v, n.v, n.v, n.v)).isEqualTo("255|  255|255  |00255");
        assertThat(sprintf("%x|%X|%#x|%o|%b", n.v, n.v, n.v, n.v, i(5))).isEqualTo("ff|FF|0xff|377|101");
        assertThat(sprintf("%+d|%+d|%x", i(5), i(-5), i(-255))).isEqualTo("+5|-5|-ff");
        assertThat(sprintf("%06d|%x|%o|%#o|%#b|% d", i(-42), i(-1), i(8), i(8), i(5), i(7)))
                .isEqualTo("-00042|-1|10|010|0b101| 7");
        assertThat(sprintf("%-08d|", i(5))).isEqualTo("5       |");
        assertThat(sprintf("%.3d|%8.3d|%.0d|%5.0d|", i(7), i(7), i(0), i(0))).isEqualTo("007|     007||     |");
        assertThat(sprintf("%#08x|%#v", i(255), typed(Basic.UINT, 7L))).isEqualTo("0x000000ff|0x7");
        assertThat(sprintf("%d", typed(Basic.UINT64, -1L))).isEqualTo("18446744073709551615");
        assertThat(sprintln(typed(Basic.INT8, -3L), typed(Basic.UINT8, 200L), r('a'), typed(Basic.BYTE, 98L)))
                .isEqualTo("-3 200 97 98\n");
    }

    private static final class IfaceValue255 {
        final Object v = i(255);
    }

    @Test
    void runes() {
        assertThat(sprintf("%c|%q|%v", r('G'), r('G'), r('G'))).isEqualTo("G|'G'|71");
        assertThat(sprintf("%3c|%-4q|%U|%#U", r('x'), r('y'), r(0x1F600), r(0xE4)))
                .isEqualTo("  x|'y' |U+1F600|U+00E4 '\u00c3\u00a4'");
        assertThat(sprintf("%c", r(0x1F600))).isEqualTo("\u00f0\u009f\u0098\u0080");
    }

    @Test
    void strings() {
        assertThat(sprintf("%s|%q|%10s|%-10s|", s("go"), s("go"), s("right"), s("left")))
                .isEqualTo("go|\"go\"|     right|left      |");
        assertThat(sprintf("%x|% x", s("hi"), s("hi"))).isEqualTo("6869|68 69");
        assertThat(sprintf("%.3s|%.10s|%5.1s|%5.2q", s("abcdef"), s("ab"), s("xyz"), s("hello")))
                .isEqualTo("abc|ab|    x| \"he\"");
        assertThat(sprintf("%X|%+q", s("h\u00c3\u00a9llo"), s("h\u00c3\u00a9llo")))
                .isEqualTo("68C3A96C6C6F|\"h\\u00e9llo\"");
        assertThat(sprintf("%#q|%#q", s("raw"), s("a`b"))).isEqualTo("`raw`|\"a`b\"");
        assertThat(sprintf("%6.2v|%.2v|%10v|%-10v|", f(3.14159), s("hello"), s("r"), f(1.5)))
                .isEqualTo("   3.1|he|         r|1.5       |");
    }

    @Test
    void floats() {
        assertThat(sprintf("%f|%.2f|%8.3f|%e|%g", f(3.14159), f(3.14159), f(3.14159), f(123456.789), f(0.000012)))
                .isEqualTo("3.141590|3.14|   3.142|1.234568e+05|1.2e-05");
        assertThat(sprintf("%6.2f%%", f(45.678))).isEqualTo(" 45.68%");
        assertThat(sprintf("%5.1f|%-8.3e|%g|%g", f(2.25), f(1234.5678), f(100000.0), f(1e6)))
                .isEqualTo("  2.2|1.235e+03|100000|1e+06");
        assertThat(sprintf("%08.3f", f(-3.14159))).isEqualTo("-003.142");
        assertThat(sprintln(f(3.0), f(2.5), f(1e21), f(1e-7), f32(0.1f), f(0.1 + 0.2)))
                .isEqualTo("3 2.5 1e+21 1e-07 0.1 0.30000000000000004\n");
        assertThat(sprintf("%g|%.3g|%.0g|%G|%.10g|%e|%E|%.0e|%#g|%#.3g|%#v|%#f|%#.0f|%#e",
                f(1.0), f(1234.5678), f(0.5), f(1e-10), f(1.0 / 3), f(0.0), f(1e100), f(5.5), f(1.0), f(2.0),
                f(1.0), f(3.0), f(2.0), f(1.0)))
                .isEqualTo("1|1.23e+03|0.5|1E-10|0.3333333333|0.000000e+00|1.000000E+100|6e+00|1.00000|2.00|1|3.000000|2.|1.000000e+00");
        assertThat(sprintf("%v|%v|%v|%+v|% v|%08.2f|%+08.2f|%-8.2f|%8v|%08v",
                f(Double.POSITIVE_INFINITY), f(Double.NEGATIVE_INFINITY), f(Double.NaN), f(Double.NaN), f(2.0),
                f(-1.5), f(1.5), f(1.5), f(Double.POSITIVE_INFINITY), f(Double.NaN)))
                .isEqualTo("+Inf|-Inf|NaN|NaN| 2|-0001.50|+0001.50|1.50    |    +Inf|     NaN");
        assertThat(sprintf("%x|%X|%b|%.3x", f(1.0), f(255.5), f(1.0), f(3.14159)))
                .isEqualTo("0x1p+00|0X1.FFP+07|4503599627370496p-52|0x1.922p+01");
        assertThat(sprintf("%.3e|%10.4g|%-10.1e|", f(9.9999), f(123456789.0), f(0.00012)))
                .isEqualTo("1.000e+01| 1.235e+08|1.2e-04   |");
        assertThat(sprintf("%08.3f|%+.2e", f(3.14159), f(12345.678))).isEqualTo("0003.142|+1.23e+04");
    }

    @Test
    void booleansAndBadVerbs() {
        assertThat(sprintf("%t|%v|%6t|", b(true), b(false), b(true))).isEqualTo("true|false|  true|");
        assertThat(sprintf("%d %s", s("str"), i(5))).isEqualTo("%!d(string=str) %!s(int=5)");
        assertThat(sprintf("%t|%5t", i(1), b(false))).isEqualTo("%!t(int=1)|false");
        assertThat(sprintf("%!|%z|%[2]d %[1]d|%[3]d|%*d|%-*d|%.*f|%d", i(1), i(2)))
                .isEqualTo("%!!(int=1)|%!z(int=2)|2 1|%!d(BADINDEX)|%!d(MISSING)|%!(BADWIDTH)%!d(MISSING)"
                        + "|%!(BADPREC)%!f(MISSING)|%!d(MISSING)");
        assertThat(sprintf("%d", i(1), i(2), s("x"))).isEqualTo("1%!(EXTRA int=2, string=x)");
        assertThat(sprintf("%d %d", i(1))).isEqualTo("1 %!d(MISSING)");
        assertThat(sprintf("%")).isEqualTo("%!(NOVERB)");
        assertThat(sprintf("%*d|%-*d|%.*f", i(5), i(1), i(4), i(2), i(2), f(3.14159))).isEqualTo("    1|2   |3.14");
        assertThat(sprintf("%5d", s("s"))).isEqualTo("%!d(string=    s)");
    }

    @Test
    void nils() {
        SliceValue noInts = null;
        assertThat(sprintln(null, typed(new Pointer(Basic.INT), null), typed(sliceOf(Basic.INT), noInts),
                typed(mapOf(Basic.STRING, Basic.INT), null)))
                .isEqualTo("<nil> <nil> [] map[]\n");
        assertThat(sprintf("%v %d %s %p", typed(new Pointer(Basic.INT), null), typed(new Pointer(Basic.INT), null),
                null, null)).isEqualTo("<nil> 0 %!s(<nil>) %!p(<nil>)");
    }

    @Test
    void printSpacing() {
        assertThat(sprint(s("a"), i(1), i(2), s("b"), s("c"), f(3.5))).isEqualTo("a1 2bc3.5");
        assertThat(sprint(i(1), i(2), s("a"), i(3), f(4.5), s("b"), s("c"), null, null, s("\n")))
                .isEqualTo("1 2a3 4.5bc<nil> <nil>\n");
        assertThat(sprintln(s("x"), i(1))).isEqualTo("x 1\n");
    }

    @Test
    void slicesMapsStructsAndPointers() {
        assertThat(sprintf("%v|%d|%s", typed(sliceOf(Basic.INT), slice(1L, 2L)),
                typed(sliceOf(Basic.INT), slice(3L, 4L)), typed(sliceOf(Basic.STRING), slice("a", "b"))))
                .isEqualTo("[1 2]|[3 4]|[a b]");
        assertThat(sprintf("%q", typed(sliceOf(Basic.STRING), slice("x y", "z")))).isEqualTo("[\"x y\" \"z\"]");
        assertThat(sprintf("%T|%T|%T|%T|%T", i(1), f(2.0), s("s"), r('r'), typed(sliceOf(Universe.ANY), slice(i(1)))))
                .isEqualTo("int|float64|string|int32|[]interface {}");
        assertThat(sprintf("%x|%X|%s", typed(sliceOf(Basic.UINT8), slice(79L, 107L)),
                typed(sliceOf(Basic.UINT8), slice(79L, 107L)), typed(sliceOf(Basic.UINT8), slice(104L, 105L))))
                .isEqualTo("4f6b|4F6B|hi");
        assertThat(sprintf("%d|%v", typed(sliceOf(Universe.ANY), slice(i(1), s("a"), null)),
                typed(sliceOf(Basic.UINT8), slice(1L, 2L))))
                .isEqualTo("[1 %!d(string=a) <nil>]|[1 2]");

        assertThat(sprint(typed(mapOf(Basic.STRING, Basic.INT), map("b", 2L, "a", 1L, "c", 3L))))
                .isEqualTo("map[a:1 b:2 c:3]");
        assertThat(sprint(typed(mapOf(Basic.INT, Basic.BOOL), map(10L, true, -1L, false, 2L, true))))
                .isEqualTo("map[-1:false 2:true 10:true]");
        assertThat(sprintf("%#v", typed(mapOf(Basic.INT, Basic.BOOL), map(1L, true)))).isEqualTo("map[int]bool{1:true}");

        Named p = struct("P", "X", Basic.INT, "Y", Basic.INT);
        var pv = value(p, 1L, 2L);
        assertThat(sprintf("%v|%+v|%#v", typed(p, pv), typed(p, pv), typed(p, pv)))
                .isEqualTo("{1 2}|{X:1 Y:2}|main.P{X:1, Y:2}");
        assertThat(sprint(typed(new Pointer(p), pv))).isEqualTo("&{1 2}");
        assertThat(sprintf("%+v", typed(new Pointer(p), pv))).isEqualTo("&{X:1 Y:2}");
        assertThat(sprintf("%T", typed(new Pointer(p), pv))).isEqualTo("*main.P");
        // nested pointers print as addresses, not &{...}
        Named wrap = struct("W", "P", new Pointer(p));
        String nested = sprint(typed(wrap, value(wrap, pv)));
        assertThat(nested).matches("\\{0xc[0-9a-f]+\\}");
        assertThat(sprint(typed(wrap, value(wrap, pv)))).isEqualTo(nested); // stable address
        assertThat(sprintf("%p", typed(new Pointer(p), pv))).isEqualTo(nested.substring(1, nested.length() - 1));

        Named e = struct("E", "A", sliceOf(Basic.INT), "M", mapOf(Basic.STRING, Basic.INT), "I", Universe.ANY);
        var zero = value(e, null, null, null);
        var full = value(e, slice(1L), map("b", 2L, "a", 1L), i(3));
        assertThat(sprintf("%v|%+v|%#v", typed(e, zero), typed(e, full), typed(e, zero)))
                .isEqualTo("{[] map[] <nil>}|{A:[1] M:map[a:1 b:2] I:3}"
                        + "|main.E{A:[]int(nil), M:map[string]int(nil), I:interface {}(nil)}");
        assertThat(sprintf("%#v|%#v", typed(sliceOf(Basic.STRING), slice("a")), r('x')))
                .isEqualTo("[]string{\"a\"}|120");
        Named empty = struct("Empty");
        assertThat(sprintf("%v", typed(empty, value(empty)))).isEqualTo("{}");
        Box box = new Box(5L);
        assertThat(sprint(typed(new Pointer(Basic.INT), box))).matches("0xc[0-9a-f]+");
    }
}
