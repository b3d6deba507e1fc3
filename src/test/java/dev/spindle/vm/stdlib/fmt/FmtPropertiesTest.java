package dev.spindle.vm.stdlib.fmt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.types.Basic;
import dev.spindle.vm.stdlib.TestContext;
import dev.spindle.vm.stdlib.text.Numbers;
import dev.spindle.vm.stdlib.text.Quote;
import dev.spindle.vm.stdlib.text.Utf8;
import dev.spindle.vm.value.IfaceValue;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Where Go and Java format alike, they must agree; what Go prints must read back. */
class FmtPropertiesTest {

    private final TestContext ctx = new TestContext();

    private String sprintf(String format, Object... args) {
        return FmtNatives.sprintf(ctx, format, List.of(args));
    }

    @Property
    void decimalIntegersWithWidthAndFlagsAgreeWithJava(@ForAll long v, @ForAll @IntRange(min = 1, max = 30) int width) {
        IfaceValue x = new IfaceValue(Basic.INT, v);
        assertThat(sprintf("%d", x)).isEqualTo(String.format("%d", v));
        assertThat(sprintf("%" + width + "d", x)).isEqualTo(String.format("%" + width + "d", v));
        assertThat(sprintf("%-" + width + "d|", x)).isEqualTo(String.format("%-" + width + "d|", v));
        assertThat(sprintf("%0" + width + "d", x)).isEqualTo(String.format("%0" + width + "d", v));
        assertThat(sprintf("%+d", x)).isEqualTo(String.format("%+d", v));
    }

    @Property
    void hexAndOctalOfNonNegativeAgreeWithJava(@ForAll @LongRange(min = 0) long v) {
        IfaceValue x = new IfaceValue(Basic.INT, v);
        assertThat(sprintf("%x|%X|%o|%b", x, x, x, x)).isEqualTo(String.format("%x|%X|%o|", v, v, v)
                + Long.toBinaryString(v));
        assertThat(sprintf("%#x", x)).isEqualTo(String.format("%#x", v));
    }

    /** Go prints negative numbers in other bases with a minus sign, not two's complement. */
    @Property
    void negativeHexIsSignAndMagnitude(@ForAll @LongRange(min = Long.MIN_VALUE + 1, max = -1) long v) {
        assertThat(sprintf("%x", new IfaceValue(Basic.INT, v))).isEqualTo("-" + Long.toHexString(-v));
    }

    @Property
    void unsignedPrintsAsUnsigned(@ForAll long bits) {
        assertThat(sprintf("%d", new IfaceValue(Basic.UINT64, bits))).isEqualTo(Long.toUnsignedString(bits));
    }

    @Property
    void stringsPadByRunesNotBytes(@ForAll String text, @ForAll @IntRange(min = 0, max = 40) int width) {
        String s = Utf8.fromJava(text);
        String out = sprintf("%" + width + "s", new IfaceValue(Basic.STRING, s));
        int runes = Utf8.runeCount(s);
        assertThat(out).endsWith(s);
        assertThat(out.length() - s.length()).isEqualTo(Math.max(0, width - runes));
    }

    @Property
    void quoteThenUnquoteIsIdentity(@ForAll String text) {
        String s = Utf8.fromJava(text);
        assertThat(Quote.unquote(Quote.quote(s))).contains(s);
        assertThat(Quote.unquote(Quote.quoteToAscii(s))).contains(s);
        assertThat(Quote.quoteToAscii(s).chars().allMatch(c -> c >= 0x20 && c < 0x7f)).isTrue();
    }

    @Property
    void quoteThenUnquoteIsIdentityForArbitraryBytes(@ForAll byte[] bytes) {
        String s = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(Quote.unquote(Quote.quote(s))).contains(s);
    }

    @Property
    void quotedRuneReadsBack(@ForAll @IntRange(min = 0, max = 0x10FFFF) int r) {
        long want = Utf8.validRune(r) ? r : Utf8.RUNE_ERROR;
        String q = Quote.quoteRune(r);
        assertThat(Quote.unquote(q)).contains(Utf8.encode(want));
    }

    @Property
    void printedFloatsParseBack(@ForAll double v) {
        String s = sprintf("%v", new IfaceValue(Basic.FLOAT64, v));
        Numbers.Parsed p = Numbers.parseFloat(s, 64);
        assertThat(p.failure()).isNull();
        assertThat(p.f()).isEqualTo(v);
    }

    @Property
    void printedIntsParseBack(@ForAll long v, @ForAll @IntRange(min = 2, max = 36) int base) {
        Numbers.Parsed p = Numbers.parseInt(Long.toString(v, base), base, 64);
        assertThat(p.failure()).isNull();
        assertThat(p.bits()).isEqualTo(v);
        assertThat(Numbers.atoi(sprintf("%d", new IfaceValue(Basic.INT, v))).bits()).isEqualTo(v);
    }
}
