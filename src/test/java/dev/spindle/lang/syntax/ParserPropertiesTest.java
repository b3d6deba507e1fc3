package dev.spindle.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Robustness: whatever the input, {@link Parser#parse} returns a result — never another
 * exception, never a hang — and every error it reports has a real position.
 */
class ParserPropertiesTest {

    private static final String VALID = SyntheticPrograms.generate(60);
    private static final List<int[]> TOKENS = tokenSpans(VALID);

    private static ParseResult parseWithin(String src) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Parser.parse("prog.go", src));
    }

    private static void checkResult(ParseResult r) {
        assertThat(r.file()).isNotNull();
        assertThat(r.errors()).allSatisfy(e -> {
            assertThat(e.pos().line()).isPositive();
            assertThat(e.pos().col()).isPositive();
            assertThat(e.format()).startsWith("prog.go:");
        });
    }

    @Property(tries = 300)
    void arbitraryBytes(@ForAll @Size(max = 400) byte[] bytes) {
        checkResult(parseWithin(new String(bytes, StandardCharsets.ISO_8859_1)));
        checkResult(parseWithin(new String(bytes, StandardCharsets.UTF_8)));
    }

    @Property(tries = 300)
    void arbitraryGoishText(@ForAll("goish") String src) {
        checkResult(parseWithin(src));
    }

    @Provide
    Arbitrary<String> goish() {
        return Arbitraries.of("package", "main", "func", "(", ")", "{", "}", "[", "]", "\n", ";", ",", ":",
                        ":=", "=", "x", "1", "\"s\"", "'c'", "`r`", "if", "for", "range", "switch", "case",
                        "default", "select", "go", "defer", "return", "chan", "<-", "map", "struct",
                        "interface", "type", "var", "const", "import", "*", "&", "+", ".", "...", "else", "/*",
                        "*/", "//", "break", "L", "goto", "fallthrough", " ")
                .list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void deletingATokenOfAValidProgram(@ForAll("tokenIndex") int i) {
        int[] t = TOKENS.get(i);
        checkResult(parseWithin(VALID.substring(0, t[0]) + VALID.substring(t[1])));
    }

    @Property(tries = 300)
    void duplicatingATokenOfAValidProgram(@ForAll("tokenIndex") int i) {
        int[] t = TOKENS.get(i);
        checkResult(parseWithin(VALID.substring(0, t[1]) + VALID.substring(t[0])));
    }

    @Property(tries = 200)
    void deletingTwoTokens(@ForAll("tokenIndex") int a, @ForAll("tokenIndex") int b) {
        if (a == b) b = (b + 1) % TOKENS.size();
        int[] t1 = TOKENS.get(Math.min(a, b));
        int[] t2 = TOKENS.get(Math.max(a, b));
        checkResult(parseWithin(VALID.substring(0, t1[0]) + VALID.substring(t1[1], t2[0]) + VALID.substring(t2[1])));
    }

    @Provide
    Arbitrary<Integer> tokenIndex() {
        return Arbitraries.integers().between(0, TOKENS.size() - 1);
    }

    @Property(tries = 5)
    void deepNestingIsReportedNotThrown(@ForAll("depth") int depth) {
        String src = "package main\nvar x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "\n";
        checkResult(parseWithin(src));
    }

    @Provide
    Arbitrary<Integer> depth() {
        return Arbitraries.of(10, 1000, 100_000);
    }

    /** Character spans of the tokens of src (by a crude split: runs of word chars, or single others). */
    private static List<int[]> tokenSpans(String src) {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int j = i + 1;
            if (Character.isLetterOrDigit(c) || c == '_') {
                while (j < src.length() && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '_')) j++;
            } else if (c == '"') {
                while (j < src.length() && src.charAt(j) != '"' && src.charAt(j) != '\n') j++;
                j = Math.min(j + 1, src.length());
            }
            spans.add(new int[] {i, j});
            i = j;
        }
        return spans;
    }

    @Property(tries = 1)
    void theValidProgramItselfParses() {
        assertThat(Parser.parse("prog.go", VALID).errors()).isEmpty();
    }
}
