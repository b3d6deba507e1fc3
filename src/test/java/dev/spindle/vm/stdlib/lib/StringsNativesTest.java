package dev.spindle.vm.stdlib.lib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spindle.vm.stdlib.GoValues;
import dev.spindle.vm.stdlib.NativePanic;
import dev.spindle.vm.stdlib.TestContext;
import dev.spindle.vm.stdlib.text.Utf8;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** strings, through the registry, against what Go 1.19 printed. */
class StringsNativesTest {

    private final TestContext ctx = new TestContext();

    /** Java text as a Go byte string. */
    private static String g(String text) {
        return Utf8.fromJava(text);
    }

    private Object call(String name, Object... args) {
        return ctx.call(name, args);
    }

    private List<Object> strings(Object slice) {
        return Arrays.asList(GoValues.elems((SliceValue) slice));
    }

    @Test
    void caseMapping() {
        assertThat(call("strings.ToUpper", g("héllo wörld"))).isEqualTo(g("HÉLLO WÖRLD"));
        assertThat(call("strings.ToLower", g("HÉLLO"))).isEqualTo(g("héllo"));
        assertThat(call("strings.ToTitle", g("ǆx"))).isEqualTo(g("ǅX"));
        assertThat(call("strings.Title", "hello wide-world_x y")).isEqualTo("Hello Wide-World_x Y");
        assertThat(call("strings.ToUpper", "a\u00ffb")).isEqualTo(g("A\uFFFDB"));
        assertThat(call("strings.EqualFold", "Go", "GO")).isEqualTo(true);
        assertThat(call("strings.EqualFold", g("straße"), "STRASSE")).isEqualTo(false);
    }

    @Test
    void searching() {
        assertThat(call("strings.Count", "cheese", "e")).isEqualTo(3L);
        assertThat(call("strings.Count", "five", "")).isEqualTo(5L);
        assertThat(call("strings.Index", "chicken", "ken")).isEqualTo(4L);
        assertThat(call("strings.LastIndex", "go gopher", "go")).isEqualTo(3L);
        assertThat(call("strings.IndexRune", "chicken", (long) 'k')).isEqualTo(4L);
        assertThat(call("strings.IndexByte", "golang", (long) 'l')).isEqualTo(2L);
        assertThat(call("strings.IndexAny", "golang", "ny")).isEqualTo(4L);
        assertThat(call("strings.ContainsAny", "failure", "ui")).isEqualTo(true);
        assertThat(call("strings.ContainsRune", "abc", (long) 'b')).isEqualTo(true);
        assertThat(call("strings.Contains", "seafood", "foo")).isEqualTo(true);
        assertThat(call("strings.HasPrefix", "Gopher", "Go")).isEqualTo(true);
        assertThat(call("strings.HasSuffix", "Amigo", "go")).isEqualTo(true);
        assertThat(call("strings.Compare", "a", "b")).isEqualTo(-1L);
    }

    @Test
    void splittingAndJoining() {
        assertThat(strings(call("strings.Fields", " x  y\tz\n"))).containsExactly("x", "y", "z");
        assertThat(strings(call("strings.Fields", ""))).isEmpty();
        assertThat(strings(call("strings.Split", "a,b,,c", ","))).containsExactly("a", "b", "", "c");
        assertThat(call("strings.Join", SliceValue.of("red", "green", "blue"), "|")).isEqualTo("red|green|blue");
        assertThat(call("strings.Join", null, "|")).isEqualTo("");
        assertThat(call("strings.Cut", "key=value", "=")).isEqualTo(new Object[] {"key", "value", true});
        assertThat(call("strings.Cut", "novalue", "=")).isEqualTo(new Object[] {"novalue", "", false});
    }

    @Test
    void replacingAndTrimming() {
        assertThat(call("strings.Replace", "oink oink oink", "k", "ky", 2L)).isEqualTo("oinky oinky oink");
        assertThat(call("strings.Replace", "oink oink oink", "oink", "moo", -1L)).isEqualTo("moo moo moo");
        assertThat(call("strings.ReplaceAll", "abc", "", "-")).isEqualTo("-a-b-c-");
        assertThat(call("strings.Replace", "abc", "", "-", 2L)).isEqualTo("-a-bc");
        assertThat(call("strings.TrimLeft", "xxhixx", "x")).isEqualTo("hixx");
        assertThat(call("strings.TrimRight", "xxhixx", "x")).isEqualTo("xxhi");
        assertThat(call("strings.Trim", g("¡¡¡Hello, Gophers!!!"), g("!¡"))).isEqualTo("Hello, Gophers");
        assertThat(call("strings.TrimPrefix", "prefix-body", "prefix-")).isEqualTo("body");
        assertThat(call("strings.TrimSuffix", "file.go", ".go")).isEqualTo("file");
        assertThat(call("strings.TrimSpace", g("\t\u00a0 x \u2003\n"))).isEqualTo("x");
        assertThat(call("strings.Repeat", "ab", 3L)).isEqualTo("ababab");
        assertThatThrownBy(() -> call("strings.Repeat", "ab", -1L)).isInstanceOf(NativePanic.class)
                .satisfies(e -> assertThat(((IfaceValue) ((NativePanic) e).value()).value())
                        .isEqualTo("strings: negative Repeat count"));
    }

    @Test
    void replacerAndMap() {
        Object r = call("strings.NewReplacer", SliceValue.of("<", "&lt;", ">", "&gt;", "a", "1", "aa", "2"));
        assertThat(call("strings.Replacer.Replace", r, "<b>aaa</b>")).isEqualTo("&lt;b&gt;111&lt;/b&gt;");
        assertThat(call("strings.Replacer.Replace", call("strings.NewReplacer", SliceValue.of("", "X")), "ab"))
                .isEqualTo("XaXbX");
        FuncValue f = ctx.func(a -> {
            long c = (Long) a[0];
            return c == 'a' ? (long) 'A' : c == 'x' ? -1L : c;
        });
        assertThat(call("strings.Map", f, "abxab")).isEqualTo("AbAb");
    }

    @Test
    void builder() {
        StructValue b = GoValues.newStruct(ctx, "strings.Builder", (Object) null);
        for (int i = 3; i > 0; i--) {
            call("strings.Builder.WriteString", b, i + "...");
        }
        call("strings.Builder.WriteString", b, "liftoff");
        call("strings.Builder.WriteByte", b, (long) '!');
        assertThat(call("strings.Builder.WriteRune", b, 0xE9L)).isEqualTo(new Object[] {2L, null});
        assertThat(call("strings.Builder.String", b)).isEqualTo("3...2...1...liftoff!" + g("é"));
        assertThat(call("strings.Builder.Len", b)).isEqualTo(22L);
        call("strings.Builder.Reset", b);
        assertThat(call("strings.Builder.String", b)).isEqualTo("");
        call("strings.Builder.Grow", b, 64L);
        assertThat((Long) call("strings.Builder.Cap", b)).isGreaterThanOrEqualTo(64L);
        assertThat(call("strings.Builder.Len", b)).isEqualTo(0L);
    }

    @Property
    void splitThenJoinIsIdentity(@ForAll String text, @ForAll("seps") String sep) {
        String s = g(text);
        Object parts = call("strings.Split", s, sep);
        assertThat(call("strings.Join", parts, sep)).isEqualTo(s);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> seps() {
        return net.jqwik.api.Arbitraries.of(",", ", ", "ab", "\u00c3\u00a9", "x");
    }

    @Property
    void replaceAllMatchesJavaForNonEmptyOld(@ForAll("words") String s, @ForAll("words") String old, @ForAll("words") String neu) {
        if (old.isEmpty()) {
            return;
        }
        assertThat(call("strings.ReplaceAll", s, old, neu)).isEqualTo(s.replace(old, neu));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> words() {
        return net.jqwik.api.Arbitraries.strings().withChars("abc ").ofMaxLength(8);
    }
}
