package dev.spindle.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.ParseResult;
import dev.spindle.lang.syntax.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Function literals nested more than {@link LaterLiterals#MAX_DEPTH} deep are checked from a
 * work list: what the checker reports and records must be exactly what checking every body
 * in place reports and records, wherever an error sits. The nests shadow names declared
 * before and after each literal ({@code x := a + x}, a {@code y} declared after the literal
 * that holds the next level), capture variables several levels up (the capture lists'
 * order is compared), and hold labels, loops and small literals at every level.
 */
class LaterLiteralsTest {

    private static String nest(int depth, int errorAt, String error) {
        StringBuilder sb = new StringBuilder("package main\n\nimport \"fmt\"\n\nvar g0 = 7\n\nfunc main() {\n")
                .append("\ty := \"outer\"\n\tx := 0\n\tfmt.Println(");
        for (int i = 0; i < depth; i++) {
            int up = Math.max(i - 3, 0);
            sb.append("func() int {\n")
              .append("\ta").append(i).append(" := ").append(i).append(" + len(y) + g0\n")
              .append("\tx := a").append(i).append(" + x\n")
              .append("L").append(i).append(":\n")
              .append("\tfor k := 0; k < 2; k++ {\n\t\tif k == 1 {\n\t\t\tbreak L").append(i).append("\n\t\t}\n\t\tx += k\n\t}\n")
              .append("\tsmall := func() int { return a").append(up).append(" + x }\n")
              .append("\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\tdefault:\n\t\tx++\n\t}\n");
            if (i == errorAt) {
                sb.append(error).append('\n');
            }
            sb.append("\tr := ");
        }
        sb.append("x + a0");
        for (int i = depth - 1; i >= 0; i--) {
            int up = Math.max(i - 3, 0);
            sb.append("\n\ty := 3\n\t_ = y + small()\n\treturn r + a").append(up).append("\n}()");
        }
        return sb.append(")\n\t_ = y\n}\n").toString();
    }

    private static CheckResult check(String src, boolean plain) {
        ParseResult pr = Parser.parse("prog.go", src);
        assertThat(pr.errors()).isEmpty();
        Library lib = Library.standard();
        Checker c = new Checker("main", false, lib::userImport);
        if (plain) {
            c.later.maxDepth = Integer.MAX_VALUE;
        }
        return c.run(pr.file());
    }

    private static String sym(Symbol s) {
        return s == null ? "null" : s.getClass().getSimpleName() + " " + s.name() + "@" + s.line() + ":" + s.col()
                + (s instanceof Symbol.Var v ? (v.captured() ? " captured" : "") + (v.used() ? " used" : "") : "");
    }

    /** Everything the compiler and the user see, in an order that does not depend on the check's. */
    private static List<String> dump(CheckResult r) {
        List<String> out = new ArrayList<>();
        r.errors().forEach(e -> out.add("error " + e.format("prog.go")));
        for (FuncInfo f : r.info().funcList()) {
            out.add("func " + f.name() + " params " + f.params().stream().map(LaterLiteralsTest::sym).toList()
                    + " captures " + f.captures().stream().map(LaterLiteralsTest::sym).toList()
                    + " in " + (f.enclosing() == null ? "-" : f.enclosing().name()));
        }
        List<String> ids = new ArrayList<>();
        for (Map.Entry<Expr.Ident, Symbol> e : r.info().defs().entrySet()) {
            ids.add("def " + e.getKey().name() + "@" + e.getKey().pos() + " " + sym(e.getValue()));
        }
        for (Map.Entry<Expr.Ident, Symbol> e : r.info().uses().entrySet()) {
            ids.add("use " + e.getKey().name() + "@" + e.getKey().pos() + " " + sym(e.getValue()));
        }
        for (Map.Entry<Expr, TypeAndValue> e : r.info().types().entrySet()) {
            ids.add("type " + e.getKey().getClass().getSimpleName() + "@" + e.getKey().pos() + " " + e.getValue());
        }
        ids.sort(null);
        out.addAll(ids);
        out.add("init " + r.info().initOrder().stream()
                .map(i -> i.lhs().stream().map(LaterLiteralsTest::sym).collect(Collectors.joining(","))).toList());
        return out;
    }

    @Test
    void aDeepNestIsCheckedAsInPlace() {
        String src = nest(60, -1, "");
        CheckResult plain = check(src, true);
        assertThat(plain.errors()).isEmpty();
        assertThat(dump(check(src, false))).isEqualTo(dump(plain));
        // the nest was deep enough to be set aside, and capture lists run several levels up
        assertThat(plain.info().funcList()).hasSizeGreaterThan(100);
        assertThat(plain.info().funcList()).anyMatch(f -> f.captures().size() >= 4);
    }

    @Test
    void anErrorAtAnyDepthIsReportedAsInPlace() {
        String[] errors = {
            "\th := func() int { return h() }\n\t_ = h",     // h is not in scope in its own initialiser
            "\tvar s string = y",                            // y is the outer string here, not the int after
            "\tunused := 1",
            "\tvar q int = \"no\"\n\t_ = q",
            "\tbreak",
            "\tfallthrough",
            "\tgoto M",
            "\t_ = func() int { for {} ; return }",
            "\t_ = func() int { if x > 0 { return 1 } }",
            "\tNL:\n\t_ = 1",
        };
        for (String error : errors) {
            for (int at : new int[] {3, 16, 17, 40}) {
                String src = nest(45, at, error);
                List<String> want = dump(check(src, true));
                assertThat(want).as("%s at %d", error, at).anyMatch(s -> s.startsWith("error "));
                assertThat(dump(check(src, false))).as("%s at %d", error, at).isEqualTo(want);
            }
        }
    }

    @Test
    void aPackageVariableInitialisedByADeepNestKeepsItsDependencies() {
        StringBuilder sb = new StringBuilder("package main\n\nimport \"fmt\"\n\nvar G = ");
        for (int i = 0; i < 30; i++) {
            sb.append("func() int {\n\tv").append(i).append(" := 1\n\treturn v").append(i).append(" + ");
        }
        sb.append("H");
        sb.append("\n}()".repeat(30));
        sb.append("\n\nvar H = K + 1\n\nvar K = 2\n\nfunc main() { fmt.Println(G, H) }\n");
        String ok = sb.toString();
        assertThat(dump(check(ok, false))).isEqualTo(dump(check(ok, true)));
        assertThat(check(ok, false).info().initOrder().getFirst().lhs().getFirst().name()).isEqualTo("K");
        String cycle = ok.replace("var K = 2", "var K = G");
        List<String> want = dump(check(cycle, true));
        assertThat(want).anyMatch(s -> s.contains("initialization cycle"));
        assertThat(dump(check(cycle, false))).isEqualTo(want);
    }
}
