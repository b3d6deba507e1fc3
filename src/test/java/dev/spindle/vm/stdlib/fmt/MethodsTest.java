package dev.spindle.vm.stdlib.fmt;

import static dev.spindle.vm.stdlib.fmt.GoVals.i;
import static dev.spindle.vm.stdlib.fmt.GoVals.map;
import static dev.spindle.vm.stdlib.fmt.GoVals.mapOf;
import static dev.spindle.vm.stdlib.fmt.GoVals.s;
import static dev.spindle.vm.stdlib.fmt.GoVals.slice;
import static dev.spindle.vm.stdlib.fmt.GoVals.sliceOf;
import static dev.spindle.vm.stdlib.fmt.GoVals.struct;
import static dev.spindle.vm.stdlib.fmt.GoVals.typed;
import static dev.spindle.vm.stdlib.fmt.GoVals.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Library;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Signature;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Type;
import dev.spindle.vm.stdlib.NativePanic;
import dev.spindle.vm.stdlib.TestContext;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.StructValue;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Errors and Stringers print through their methods, with Go's treatment of panics and nil receivers. */
class MethodsTest {

    private final TestContext ctx = new TestContext();
    private static final Signature STRING_METHOD = Signature.of(List.of(), List.of(Basic.STRING));

    private String sprintf(String format, Object... args) {
        return FmtNatives.sprintf(ctx, format, Arrays.asList(args));
    }

    private String sprintln(Object... args) {
        return FmtNatives.sprintln(ctx, Arrays.asList(args));
    }

    private Named stringer(String name, Type underlying, boolean pointerReceiver, java.util.function.Function<Object[], Object> body) {
        Named t = new Named("main", name, underlying);
        Named.declareMethod(t, pointerReceiver, "String", STRING_METHOD, false);
        ctx.method(t, "String", body);
        return t;
    }

    @Test
    void stringersInsideCompositesToo() {
        Named sType = stringer("S", Basic.STRING, false, a -> "S!");
        assertThat(sprintln(typed(sType, "x"), typed(sliceOf(sType), slice("a")),
                typed(mapOf(sType, Basic.INT), map("k", 1L))))
                .isEqualTo("S! [S!] map[S!:1]\n");
        assertThat(sprintf("%s|%q|%x|%d", typed(sType, "x"), typed(sType, "x"), typed(sType, "x"), typed(sType, "x")))
                .isEqualTo("S!|\"S!\"|5321|%!d(main.S=x)");
    }

    @Test
    void pointerReceiverStringerOnlyThroughThePointer() {
        Named p = new Named("main", "P", new Struct(List.of(
                new Struct.Field("X", Basic.INT, false, "main"), new Struct.Field("Y", Basic.INT, false, "main"))));
        Named.declareMethod(p, true, "String", STRING_METHOD, false);
        ctx.method(p, "String", a -> {
            if (a[0] == null) {
                throw NativePanic.runtimeError("invalid memory address or nil pointer dereference");
            }
            StructValue v = (StructValue) a[0];
            return "P(" + v.fields[0] + "," + v.fields[1] + ")";
        });
        StructValue pv = value(p, 1L, 2L);
        assertThat(sprintln(typed(p, pv), typed(new Pointer(p), pv))).isEqualTo("{1 2} P(1,2)\n");
        // A nil receiver that panics prints <nil>, as Go's catchPanic does.
        assertThat(sprintln(typed(new Pointer(p), null))).isEqualTo("<nil>\n");
    }

    @Test
    void promotedStringMethodsCount() {
        Named v = stringer("V", new Struct(List.of(new Struct.Field("N", Basic.INT, false, "main"))), false,
                a -> "V" + ((StructValue) a[0]).fields[0]);
        Named w1 = new Named("main", "W1", new Struct(List.of(new Struct.Field("V", v, true, "main"))));
        // the vm promotes V.String to W1; the test context is told so by hand
        ctx.method(w1, "String", a -> "V" + ((StructValue) ((StructValue) a[0]).fields[0]).fields[0]);
        Named t = new Named("main", "T", new Struct(List.of(new Struct.Field("N", Basic.INT, false, "main"))));
        Named.declareMethod(t, true, "String", STRING_METHOD, false);
        Named w3 = new Named("main", "W3", new Struct(List.of(new Struct.Field("T", t, true, "main"))));
        ctx.method(w3, "String", a -> "T" + ((StructValue) ((StructValue) a[0]).fields[0]).fields[0]);
        StructValue inner = value(v, 3L);
        StructValue w3v = value(w3, value(t, 2L));
        assertThat(sprintln(typed(w1, value(w1, inner)), typed(w3, w3v), typed(new Pointer(w3), value(w3, value(t, 4L)))))
                .isEqualTo("V3 {{2}} T4\n");
    }

    @Test
    void panickingStringMethod() {
        Named bad = stringer("Bad", new Struct(List.of()), false, a -> {
            throw NativePanic.ofString("boom");
        });
        StructValue v = value(bad);
        assertThat(sprintln(typed(bad, v))).isEqualTo("%!v(PANIC=String method: boom)\n");
        assertThat(sprintf("%d|%s", typed(bad, v), typed(bad, v))).isEqualTo("{}|%!s(PANIC=String method: boom)");
    }

    @Test
    void unexportedFieldsDoNotCallMethods() {
        Named duration = Library.standard().named("time.Duration");
        Named d = new Named("main", "D", new Struct(List.of(
                new Struct.Field("d", duration, false, "main"),
                new Struct.Field("E", duration, false, "main"),
                new Struct.Field("p", new Pointer(Basic.INT), false, "main"))));
        assertThat(sprintf("%v %+v", typed(d, value(d, 1500L, 2L, null)), typed(d, value(d, 0L, 0L, null))))
                .isEqualTo("{1500 2ns <nil>} {d:0 E:0s p:<nil>}");
        Named job = struct("job", "Name", Basic.STRING, "Limit", duration);
        assertThat(sprintf("%v %+v", typed(job, value(job, "build", 45_000_000_000L)),
                typed(job, value(job, "test", 1_500_000L))))
                .isEqualTo("{build 45s} {Name:test Limit:1.5ms}");
        assertThat(sprintf("%v %s %d", typed(duration, 1_000_000_000L), typed(duration, 3_000_000L),
                typed(duration, 1_000_000L))).isEqualTo("1s 3ms 1000000");
        assertThat(sprintln(typed(sliceOf(duration), slice(60_000_000_000L, 5_400_000_000_000L))))
                .isEqualTo("[1m0s 1h30m0s]\n");
    }

    @Test
    void errorsFromTheLibrary() {
        IfaceValue notFound = (IfaceValue) ctx.call("errors.New", "not found");
        assertThat(sprintf("%v|%s|%q|%T", notFound, notFound, notFound, notFound))
                .isEqualTo("not found|not found|\"not found\"|*errors.errorString");
        IfaceValue wrapped = (IfaceValue) ctx.call("fmt.Errorf", "find %d: %w", slice(i(42), notFound));
        assertThat(sprintln(wrapped)).isEqualTo("find 42: not found\n");
        assertThat(sprintf("%T", wrapped)).isEqualTo("*fmt.wrapError");
        assertThat((Boolean) ctx.call("errors.Is", wrapped, notFound)).isTrue();
        assertThat(ctx.call("errors.Unwrap", wrapped)).isSameAs(notFound);
        IfaceValue plain = (IfaceValue) ctx.call("fmt.Errorf", "no wrap: %v", slice(notFound));
        assertThat(sprintf("%v %T", plain, plain)).isEqualTo("no wrap: not found *errors.errorString");
        assertThat((Boolean) ctx.call("errors.Is", plain, notFound)).isFalse();
        assertThat(ctx.call("errors.Unwrap", plain)).isNull();
        // two errors with the same text are different pointers
        assertThat((Boolean) ctx.call("errors.Is", ctx.call("errors.New", "x"), ctx.call("errors.New", "x"))).isFalse();
        assertThat(sprintf("%w", notFound)).isEqualTo("%!w(*errors.errorString=&{not found})");
        IfaceValue bad = (IfaceValue) ctx.call("fmt.Errorf", "%w", slice(i(5)));
        assertThat(sprintf("%v %T", bad, bad)).isEqualTo("%!w(int=5) *fmt.wrapError");
        assertThat(ctx.call("errors.Unwrap", bad)).isNull();
        IfaceValue two = (IfaceValue) ctx.call("fmt.Errorf", "a %w b %w",
                slice(ctx.call("errors.New", "1"), notFound));
        assertThat(sprintf("%v %T", two, two)).isEqualTo("a 1 b not found *fmt.wrapErrors");
        assertThat((Boolean) ctx.call("errors.Is", two, notFound)).isTrue();
        assertThat(ctx.call("errors.Unwrap", two)).isNull();
        IfaceValue joined = (IfaceValue) ctx.call("errors.Join", slice(null, notFound, null, ctx.call("errors.New", "")));
        assertThat(sprintf("%q %T", joined, joined)).isEqualTo("\"not found\\n\" *errors.joinError");
        assertThat((Boolean) ctx.call("errors.Is", joined, notFound)).isTrue();
        assertThat(ctx.call("errors.Join", slice(null, null))).isNull();
        assertThat(ctx.call("errors.Join", (Object) null)).isNull();
    }
}
