package dev.spindle.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.syntax.SourceTokens.Kind;
import dev.spindle.lang.syntax.SourceTokens.Span;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SourceTokensTest {

    private static String describe(String src) {
        StringBuilder sb = new StringBuilder();
        for (Span s : SourceTokens.of(src)) {
            sb.append(s.kind()).append('[').append(src, s.start(), s.end()).append("] ");
        }
        return sb.toString().trim();
    }

    @Test
    void classifiesTokensAndComments() {
        assertThat(describe("func main() { // hi\n\tx := len(\"é\") + 'a' /* c */ + 0x1F\n}")).isEqualTo(
                "KEYWORD[func] IDENTIFIER[main] OPERATOR[(] OPERATOR[)] OPERATOR[{] COMMENT[// hi] "
                        + "IDENTIFIER[x] OPERATOR[:=] PREDECLARED[len] OPERATOR[(] STRING[\"é\"] OPERATOR[)] "
                        + "OPERATOR[+] RUNE['a'] COMMENT[/* c */] OPERATOR[+] NUMBER[0x1F] OPERATOR[}]");
    }

    @Test
    void offsetsAreCharOffsetsEvenAfterMultiByteText() {
        String src = "s := \"日本語\" // 😀\nt";
        List<Span> spans = SourceTokens.of(src);
        assertThat(spans.getLast()).isEqualTo(new Span(src.length() - 1, src.length(), Kind.IDENTIFIER));
        assertThat(src.substring(spans.get(3).start(), spans.get(3).end())).isEqualTo("// 😀");
    }

    @Test
    void positionsConvertFromByteColumnsToCharOffsets() {
        String src = "package main\nvar s = \"日本\" + @\n";
        ParseResult r = Parser.parse("prog.go", src);
        Pos at = r.errors().get(0).pos();
        assertThat(at).isEqualTo(new Pos(2, 20)); // the 2 CJK chars count 6 bytes
        assertThat(src.charAt(at.charOffsetIn(src))).isEqualTo('@');
        assertThat(Pos.NONE.charOffsetIn(src)).isEqualTo(-1);
        assertThat(new Pos(9, 1).charOffsetIn(src)).isEqualTo(src.length());
    }

    @Property(tries = 200)
    void spansAreOrderedDisjointAndInRange(@ForAll String src) {
        List<Span> spans = SourceTokens.of(src);
        int last = 0;
        for (Span s : spans) {
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(src.length());
            last = s.end();
        }
    }
}
