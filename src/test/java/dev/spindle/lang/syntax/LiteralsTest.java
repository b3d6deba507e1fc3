package dev.spindle.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    @Test
    void integers() {
        assertThat(Literals.intValue("42")).isEqualTo(BigInteger.valueOf(42));
        assertThat(Literals.intValue("0x_FF")).isEqualTo(BigInteger.valueOf(255));
        assertThat(Literals.intValue("0o17")).isEqualTo(BigInteger.valueOf(15));
        assertThat(Literals.intValue("017")).isEqualTo(BigInteger.valueOf(15));
        assertThat(Literals.intValue("0b1010")).isEqualTo(BigInteger.valueOf(10));
        assertThat(Literals.intValue("1_000_000")).isEqualTo(BigInteger.valueOf(1_000_000));
        assertThat(Literals.intValue("0")).isEqualTo(BigInteger.ZERO);
        assertThat(Literals.intValue("18446744073709551616")).isEqualTo(BigInteger.TWO.pow(64));
    }

    @Test
    void floats() {
        assertThat(Literals.floatValue("1.5")).isEqualByComparingTo("1.5");
        assertThat(Literals.floatValue(".25")).isEqualByComparingTo("0.25");
        assertThat(Literals.floatValue("1e3")).isEqualByComparingTo("1000");
        assertThat(Literals.floatValue("0x1p-2")).isEqualByComparingTo("0.25");
        assertThat(Literals.floatValue("0x1.8p1")).isEqualByComparingTo("3");
        assertThat(Literals.floatValue("1_0.5")).isEqualByComparingTo(new BigDecimal("10.5"));
    }

    @Test
    void runes() {
        assertThat(Literals.runeValue("'a'")).isEqualTo('a');
        assertThat(Literals.runeValue("'\\n'")).isEqualTo('\n');
        assertThat(Literals.runeValue("'\\''")).isEqualTo('\'');
        assertThat(Literals.runeValue("'\\x41'")).isEqualTo('A');
        assertThat(Literals.runeValue("'\\101'")).isEqualTo('A');
        assertThat(Literals.runeValue("'\\u00e9'")).isEqualTo(0xE9);
        assertThat(Literals.runeValue("'\\U0001F600'")).isEqualTo(0x1F600);
        assertThat(Literals.runeValue("'é'")).isEqualTo(0xE9);
        assertThat(Literals.runeValue("'😀'")).isEqualTo(0x1F600);
    }

    @Test
    void stringsDecodeToByteStrings() {
        assertThat(Literals.unquote("\"a\\tb\"")).isEqualTo("a\tb");
        assertThat(Literals.unquote("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"")).isEqualTo("\u0007\b\f\n\r\t\u000b\\\"");
        assertThat(Literals.unquote("\"é\"")).isEqualTo("\u00c3\u00a9"); // UTF-8 bytes C3 A9
        assertThat(Literals.unquote("\"\\u00e9\"")).isEqualTo("\u00c3\u00a9");
        assertThat(Literals.unquote("\"\\xff\\377\"")).isEqualTo("\u00ff\u00ff"); // single bytes
        assertThat(Literals.unquote("`a\\n\r\nb`")).isEqualTo("a\\n\nb"); // raw: no escapes, CR dropped
        assertThat(Literals.unquote("\"\"")).isEmpty();
    }
}
