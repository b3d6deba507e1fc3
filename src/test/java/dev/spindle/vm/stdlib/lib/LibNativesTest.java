package dev.spindle.vm.stdlib.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Library;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Universe;
import dev.spindle.vm.stdlib.GoValues;
import dev.spindle.vm.stdlib.NativePanic;
import dev.spindle.vm.stdlib.TestContext;
import dev.spindle.vm.stdlib.text.FloatFormat;
import dev.spindle.vm.value.Box;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructShape;
import dev.spindle.vm.value.StructValue;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** strconv, errors, sort, math, math/rand and time natives, against what Go 1.19 printed. */
class LibNativesTest {

    private final TestContext ctx = new TestContext();

    private Object call(String name, Object... args) {
        return ctx.call(name, args);
    }

    private Object[] results(String name, Object... args) {
        return (Object[]) ctx.call(name, args);
    }

    private String errorText(Object err) {
        return err == null ? "<nil>" : (String) ctx.callMethod((IfaceValue) err, "Error");
    }

    @Test
    void strconvResultsAndErrors() {
        Object[] r = results("strconv.Atoi", "1234");
        assertThat(r).containsExactly(1234L, null);
        assertThat(errorText(results("strconv.Atoi", "12a")[1])).isEqualTo("strconv.Atoi: parsing \"12a\": invalid syntax");
        assertThat(results("strconv.Atoi", "99999999999999999999")[0]).isEqualTo(Long.MAX_VALUE);
        assertThat(errorText(results("strconv.ParseBool", "maybe")[1]))
                .isEqualTo("strconv.ParseBool: parsing \"maybe\": invalid syntax");
        assertThat(results("strconv.ParseInt", "-ff", 16L, 64L)).containsExactly(-255L, null);
        assertThat(errorText(results("strconv.ParseInt", "300", 10L, 8L)[1]))
                .isEqualTo("strconv.ParseInt: parsing \"300\": value out of range");
        assertThat(results("strconv.ParseFloat", "2.5e3", 64L)).containsExactly(2500.0, null);
        assertThat(call("strconv.Itoa", -45L)).isEqualTo("-45");
        assertThat(call("strconv.FormatInt", 10L, 2L)).isEqualTo("1010");
        assertThat(call("strconv.FormatInt", 255L, 16L)).isEqualTo("ff");
        assertThat(call("strconv.FormatUint", -1L, 10L)).isEqualTo("18446744073709551615");
        assertThat(call("strconv.Quote", "say \"hi\"\n")).isEqualTo("\"say \\\"hi\\\"\\n\"");
        assertThat(call("strconv.FormatFloat", 3.14159, (long) 'f', 2L, 64L)).isEqualTo("3.14");
        assertThat(results("strconv.Unquote", "\"a")[1]).isSameAs(ctx.global("strconv.ErrSyntax"));

        // errors.As into a *strconv.NumError, errors.Is against ErrSyntax
        Object err = results("strconv.Atoi", "")[1];
        Named numError = Library.standard().named("strconv.NumError");
        Box target = new Box(null);
        assertThat(call("errors.As", err, new IfaceValue(new Pointer(new Pointer(numError)), target))).isEqualTo(true);
        StructValue ne = (StructValue) target.value;
        assertThat(ne.fields[0]).isEqualTo("Atoi");
        assertThat(ne.fields[1]).isEqualTo("");
        assertThat(errorText(ne.fields[2])).isEqualTo("invalid syntax");
        assertThat(call("errors.Is", err, ctx.global("strconv.ErrSyntax"))).isEqualTo(true);
        assertThat(call("errors.Is", err, ctx.global("strconv.ErrRange"))).isEqualTo(false);
        byte[] appended = GoValues.bytesToString((SliceValue) call("strconv.AppendInt", SliceValue.of(120L), 42L, 10L))
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(new String(appended, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("x42");
    }

    @Test
    void errorsAsWalksTheChainAndChecksItsTarget() {
        Named ve = new Named("main", "ValidationError", new Struct(List.of(
                new Struct.Field("Field", Basic.STRING, false, "main"))));
        Named.declareMethod(ve, true, "Error", dev.spindle.lang.types.Signature.of(List.of(), List.of(Basic.STRING)), false);
        ctx.method(ve, "Error", a -> "invalid " + ((StructValue) a[0]).fields[0]);
        StructValue v = new StructValue(StructShape.flat("main.ValidationError", "Field"), new Object[] {"id"});
        IfaceValue err = new IfaceValue(new Pointer(ve), v);
        IfaceValue wrapped = (IfaceValue) call("fmt.Errorf", "layer: %w", SliceValue.of(err));
        Box target = new Box(null);
        assertThat(call("errors.As", wrapped, new IfaceValue(new Pointer(new Pointer(ve)), target))).isEqualTo(true);
        assertThat(target.value).isSameAs(v);
        Box iface = new Box(null);
        assertThat(call("errors.As", wrapped, new IfaceValue(new Pointer(Universe.ERROR), iface))).isEqualTo(true);
        assertThat(iface.value).isSameAs(wrapped);
        assertThat(call("errors.As", null, new IfaceValue(new Pointer(Universe.ERROR), iface))).isEqualTo(false);
        assertThatThrownBy(() -> call("errors.As", wrapped, null)).isInstanceOf(NativePanic.class);
        assertThatThrownBy(() -> call("errors.As", wrapped, new IfaceValue(new Pointer(Basic.INT), new Box(0L))))
                .isInstanceOf(NativePanic.class);
    }

    @Test
    void sortFunctions() {
        SliceValue nums = SliceValue.of(5L, 2L, 8L, 1L, 9L, 3L);
        call("sort.Ints", nums);
        assertThat(nums.toArray()).containsExactly(1L, 2L, 3L, 5L, 8L, 9L);
        assertThat(call("sort.SearchInts", nums, 8L)).isEqualTo(4L);
        assertThat(call("sort.SearchInts", nums, 4L)).isEqualTo(3L);
        assertThat(call("sort.IntsAreSorted", nums)).isEqualTo(true);
        SliceValue words = SliceValue.of("pear", "apple", "fig", "banana");
        call("sort.Strings", words);
        assertThat(words.toArray()).containsExactly("apple", "banana", "fig", "pear");
        FuncValue byLen = ctx.func(a -> ((String) words.get((int) (long) (Long) a[0])).length()
                < ((String) words.get((int) (long) (Long) a[1])).length());
        call("sort.Slice", new IfaceValue(new Slice(Basic.STRING), words), byLen);
        assertThat(words.toArray()).containsExactly("fig", "pear", "apple", "banana");
        SliceValue fl = SliceValue.of(2.5, -1.0, 3.25, Double.NaN);
        call("sort.Float64s", fl);
        assertThat(fl.toArray()).containsExactly(Double.NaN, -1.0, 2.5, 3.25);
        FuncValue sq = ctx.func(a -> (Long) a[0] * (Long) a[0] >= 50);
        assertThat(call("sort.Search", 100L, sq)).isEqualTo(8L);
        // sort.Sort(sort.Reverse(sort.IntSlice(nums)))
        Named intSlice = Library.standard().named("sort.IntSlice");
        Object rev = call("sort.Reverse", new IfaceValue(intSlice, nums));
        call("sort.Sort", rev);
        assertThat(nums.toArray()).containsExactly(9L, 8L, 5L, 3L, 2L, 1L);
        assertThat(call("sort.IsSorted", rev)).isEqualTo(true);
    }

    @Test
    void aTimeFromTheVirtualClockIsThePlaygroundsWithGosMonotonicSuffix() {
        StructValue now = TimeValue.now(250_000_000L); // 250ms into the run
        assertThat(call("time.Time.String", now)).isEqualTo("2009-11-10 23:00:00.25 +0000 UTC m=+0.250000001");
        assertThat(call("time.Time.String", call("time.Time.Add", now, 2_000_000_000L)))
                .isEqualTo("2009-11-10 23:00:02.25 +0000 UTC m=+2.250000001");
        // Round, Truncate and UTC drop the monotonic reading, as in Go.
        assertThat(call("time.Time.String", call("time.Time.Round", now, 0L))).isEqualTo("2009-11-10 23:00:00.25 +0000 UTC");
        assertThat(call("time.Time.String", call("time.Time.UTC", now))).isEqualTo("2009-11-10 23:00:00.25 +0000 UTC");
    }

    @Test
    void timeValuesFormatLikeGo() {
        long t = 1257894000L * 1_000_000_000L; // 2009-11-10 23:00:00 UTC, the playground's clock start
        StructValue tv = TimeValue.wall(t);
        StructValue t2 = (StructValue) call("time.Time.Add", tv, 1_500_000_007L);
        assertThat(call("time.Time.String", tv)).isEqualTo("2009-11-10 23:00:00 +0000 UTC");
        assertThat(call("time.Time.String", t2)).isEqualTo("2009-11-10 23:00:01.500000007 +0000 UTC");
        assertThat(call("time.Time.Format", tv, "2006-01-02T15:04:05Z07:00")).isEqualTo("2009-11-10T23:00:00Z");
        assertThat(call("time.Time.Format", t2, "2006-01-02T15:04:05.999999999Z07:00"))
                .isEqualTo("2009-11-10T23:00:01.500000007Z");
        assertThat(call("time.Time.Format", tv, "3:04PM")).isEqualTo("11:00PM");
        assertThat(call("time.Time.Format", tv, "2006-01-02 15:04:05.000")).isEqualTo("2009-11-10 23:00:00.000");
        assertThat(call("time.Time.Format", t2, "Mon Jan _2 15:04:05 2006")).isEqualTo("Tue Nov 10 23:00:01 2009");
        assertThat(call("time.Time.Format", t2,
                ".999 .000000 pm PM 3 03 06 1 01 2 02 Z07:00 -07:00 MST -0700 Monday January"))
                .isEqualTo(".5 .500000 pm PM 11 11 09 11 11 10 10 Z +00:00 UTC +0000 Tuesday November");
        assertThat(List.of(call("time.Time.Year", tv), call("time.Time.Month", tv), call("time.Time.Day", tv),
                call("time.Time.Hour", tv), call("time.Time.Weekday", tv)))
                .containsExactly(2009L, 11L, 10L, 23L, 2L);
        StructValue zero = TimeValue.wall(0L);
        assertThat(call("time.Time.String", zero)).isEqualTo("0001-01-01 00:00:00 +0000 UTC");
        assertThat(call("time.Time.IsZero", zero)).isEqualTo(true);
        assertThat(call("time.Time.Unix", zero)).isEqualTo(-62135596800L);
        assertThat(call("time.Time.String", call("time.Unix", 1_000_000_000L, 5L)))
                .isEqualTo("2001-09-09 01:46:40.000000005 +0000 UTC");
        assertThat(call("time.Time.String", call("time.Time.Truncate", tv, 3_600_000_000_000L)))
                .isEqualTo("2009-11-10 23:00:00 +0000 UTC");
        assertThat(call("time.Time.String", call("time.Time.Round", t2, 1_000_000_000L)))
                .isEqualTo("2009-11-10 23:00:02 +0000 UTC");
        assertThat(call("time.Time.Sub", t2, tv)).isEqualTo(1_500_000_007L);
    }

    @Test
    void mathFunctions() {
        assertThat(List.of(call("math.Round", 2.5), call("math.Round", -2.5), call("math.Round", 0.49999999999999994),
                call("math.RoundToEven", 2.5), call("math.Trunc", -2.7), call("math.Mod", -7.0, 3.0),
                call("math.Pow", 2.0, 10.0), call("math.Pow", 1.0, Double.NaN), call("math.Pow", -1.0, Double.POSITIVE_INFINITY),
                call("math.Sqrt", 2.0), call("math.Log2", 8.0), call("math.Log10", 1000.0), call("math.Log2", 10.0),
                call("math.Hypot", 3.0, 4.0), call("math.Cbrt", 27.0)).stream()
                .map(x -> FloatFormat.format((Double) x, 'g', -1, 64)).toList())
                .containsExactly("3", "-3", "0", "2", "-2", "-1", "1024", "1", "1", "1.4142135623730951", "3", "3",
                        "3.321928094887362", "5", "3");
        assertThat(results("math.Modf", -3.25)).containsExactly(-3.0, -0.25);
        assertThat(List.of(call("math.Exp", 1.0), call("math.Log", 10.0), call("math.Sin", 1.0), call("math.Cos", 1.0),
                call("math.Atan2", 1.0, 2.0)).stream().map(x -> FloatFormat.format((Double) x, 'g', -1, 64)).toList())
                .containsExactly("2.718281828459045", "2.302585092994046", "0.8414709848078965", "0.5403023058681398",
                        "0.4636476090008061");
        assertThat(call("math.Float64bits", 1.0)).isEqualTo(4607182418800017408L);
        assertThat(call("math.Float32bits", 1.0)).isEqualTo(1065353216L);
        assertThat(call("math.IsInf", Double.POSITIVE_INFINITY, 0L)).isEqualTo(true);
        assertThat(call("math.Max", 3.0, Double.NaN)).isEqualTo(Double.NaN);
    }

    @Test
    void randIsSeededAndInRange() {
        TestContext a = new TestContext(42);
        TestContext b = new TestContext(42);
        for (int k = 0; k < 100; k++) {
            long x = (Long) a.call("rand.Intn", 10L);
            assertThat(x).isBetween(0L, 9L).isEqualTo(b.call("rand.Intn", 10L));
            double f = (Double) a.call("rand.Float64");
            assertThat(f).isGreaterThanOrEqualTo(0).isLessThan(1).isEqualTo(b.call("rand.Float64"));
        }
        SliceValue perm = (SliceValue) a.call("rand.Perm", 10L);
        assertThat(Arrays.stream(perm.toArray()).map(o -> (Long) o).sorted().toList())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThatThrownBy(() -> a.call("rand.Intn", 0L)).isInstanceOf(NativePanic.class);
        Object r1 = a.call("rand.New", a.call("rand.NewSource", 7L));
        Object r2 = b.call("rand.New", b.call("rand.NewSource", 7L));
        assertThat(a.call("rand.Rand.Intn", r1, 1000L)).isEqualTo(b.call("rand.Rand.Intn", r2, 1000L));
    }

    /** rand.New(rand.NewSource(42)) draws what Go draws (Go 1.19's output for the same calls). */
    @Test
    void seededSourceIsGosGenerator() {
        Object r = call("rand.New", call("rand.NewSource", 42L));
        assertThat(List.of(call("rand.Rand.Intn", r, 10L), call("rand.Rand.Intn", r, 1000L), call("rand.Rand.Int", r),
                call("rand.Rand.Int63", r))).containsExactly(5L, 987L, 5571782338101878760L, 1926012586526624009L);
        assertThat(call("rand.Rand.Float64", r)).isEqualTo(0.043818458599374305);
        assertThat(((SliceValue) call("rand.Rand.Perm", r, 6L)).toArray()).containsExactly(3L, 5L, 2L, 4L, 0L, 1L);
        assertThat(call("rand.Rand.Int63n", r, 1_000_000_000_000L)).isEqualTo(224608899041L);
        assertThat(call("rand.Rand.Int31n", r, 77L)).isEqualTo(37L);
        SliceValue s = SliceValue.of(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        FuncValue swap = ctx.func(a -> {
            int i = (int) (long) (Long) a[0];
            int j = (int) (long) (Long) a[1];
            Object t = s.get(i);
            s.set(i, s.get(j));
            s.set(j, t);
            return null;
        });
        call("rand.Rand.Shuffle", r, 7L, swap);
        assertThat(s.toArray()).containsExactly(7L, 2L, 6L, 5L, 3L, 4L, 1L);
        Object neg = call("rand.New", call("rand.NewSource", -5L));
        assertThat(List.of(call("rand.Rand.Intn", neg, 100L), call("rand.Rand.Intn", neg, 100L))).containsExactly(8L, 91L);
        Object zero = call("rand.New", call("rand.NewSource", 0L));
        assertThat(List.of(call("rand.Rand.Intn", zero, 100L), call("rand.Rand.Intn", zero, 100L))).containsExactly(74L, 14L);
    }

    @Test
    void timeDurations() {
        assertThat(call("time.Duration.String", 1_500_000_000L)).isEqualTo("1.5s");
        assertThat(call("time.Duration.String", 250_000L)).isEqualTo("250\u00c2\u00b5s");
        assertThat(call("time.Duration.Seconds", 1_500_000_000L)).isEqualTo(1.5);
        assertThat(call("time.Duration.Milliseconds", 1_500_000_000L)).isEqualTo(1500L);
        assertThat(call("time.Duration.Minutes", 2_000_000_000L)).isEqualTo(0.03333333333333333);
        assertThat(call("time.Month.String", 3L)).isEqualTo("March");
        assertThat(call("time.Month.String", 13L)).isEqualTo("%!Month(13)");
        assertThat(call("time.Weekday.String", 0L)).isEqualTo("Sunday");
        Object[] r = results("time.ParseDuration", "1h30m");
        assertThat(r).containsExactly(5_400_000_000_000L, null);
        assertThat(errorText(results("time.ParseDuration", "1x")[1]))
                .isEqualTo("time: unknown unit \"x\" in duration \"1x\"");
    }

    @Test
    void printingToStdoutAndStderr() {
        call("fmt.Println", SliceValue.of(new IfaceValue(Basic.STRING, "hi"), new IfaceValue(Basic.INT, 3L)));
        call("fmt.Printf", "%d-%s\n", SliceValue.of(new IfaceValue(Basic.INT, 7L), new IfaceValue(Basic.STRING, "x")));
        call("fmt.Print", (Object) null);
        Object stderr = ctx.global("os.Stderr");
        IfaceValue w = new IfaceValue(new Pointer(Library.standard().named("os.File")), stderr);
        assertThat(results("fmt.Fprintln", w, SliceValue.of(new IfaceValue(Basic.STRING, "oops"))))
                .containsExactly(5L, null);
        assertThat(ctx.printed()).isEqualTo("hi 3\n7-x\n");
        assertThat(ctx.err.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("oops\n");
    }
}
