package dev.spindle.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Function literals nested more than {@link ExprParser#MAX_LITERAL_NESTING} deep have their
 * bodies parsed after the file: the tree and the errors must be exactly those of the plain
 * recursive parse, whatever the bodies hold (braces in strings and comments, composite
 * literals, literals in if/switch/for headers, labels) and wherever an error sits.
 */
class LaterBodiesTest {

    /** One level's body around the next level's literal: every construct with braces. */
    private static String nest(int depth, int errorAt, String error) {
        StringBuilder sb = new StringBuilder("package main\n\nfunc main() {\n\t_ = ");
        for (int i = 0; i < depth; i++) {
            sb.append("func() int {\n")
              .append("\t/* { */ s := \"}{\"; r := '{' // }\n")
              .append("\ttype T struct{ a int }\n")
              .append("\tt := T{a: 1}\n")
              .append("\tif v := (T{a: 2}); v.a > 0 { _ = v }\n")
              .append("\tif f := func() bool { return t.a > 0 }; f() { _ = map[int]T{1: {a: 3}} }\n")
              .append("\tswitch y := interface{}(t).(type) { case T: _ = y }\n")
              .append("\tfor i := range func() []int { return []int{1} }() { _ = i }\n")
              .append("L").append(i).append(":\n\tfor { break L").append(i).append(" }\n")
              .append("\t_, _, _ = s, r, t\n");
            if (i == errorAt) {
                sb.append(error).append('\n');
            }
            sb.append("\treturn ");
        }
        sb.append("1");
        for (int i = 0; i < depth; i++) {
            sb.append("\n}() + len([]int{1, 2})");
        }
        return sb.append("\n}\n").toString();
    }

    private static String plainTree(String src) {
        return AstPrinter.print(new DeclParser("prog.go", src, false).file());
    }

    private static List<String> plainErrors(String src) {
        DeclParser p = new DeclParser("prog.go", src, false);
        p.file();
        List<SyntaxError> errs = new ArrayList<>(p.errors());
        errs.sort(Comparator.comparing(SyntaxError::pos));
        return errs.stream().map(SyntaxError::format).toList();
    }

    private static List<String> errors(ParseResult r) {
        return r.errors().stream().map(SyntaxError::format).toList();
    }

    @Test
    void aDeepNestParsesToThePlainTree() {
        String src = nest(60, -1, "");
        ParseResult r = Parser.parse("prog.go", src);
        assertThat(r.errors()).isEmpty();
        assertThat(AstPrinter.print(r.file())).isEqualTo(plainTree(src));
    }

    @Test
    void anErrorAtAnyDepthIsReportedAsThePlainParseReportsIt() {
        String[] errors = {"\tx := (1 +", "\t_ = @", "\tif { }", "\tvar s = \"unterminated", "\t}", "\t{"};
        for (String error : errors) {
            for (int at : new int[] {3, 16, 17, 40, 59}) {
                String src = nest(60, at, error);
                List<String> want = plainErrors(src);
                assertThat(want).as("%s at %d", error, at).isNotEmpty();
                assertThat(errors(Parser.parse("prog.go", src))).as("%s at %d", error, at).isEqualTo(want);
            }
        }
    }

    @Test
    void aNestThatEndsEarlyIsReportedAsThePlainParseReportsIt() {
        String src = nest(40, -1, "");
        for (int cut : new int[] {src.length() / 2, src.length() - 40, src.length() - 3}) {
            String part = src.substring(0, cut);
            assertThat(errors(Parser.parse("prog.go", part))).isEqualTo(plainErrors(part)).isNotEmpty();
        }
    }
}
