package dev.spindle.lang.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that once hung, overflowed the stack or threw in the front end: each now gets Go's
 * answer (a program, or gc's error at gc's position, checked against Go 1.19).
 */
class FrontendLimitsTest {

    private static final String PRE = "package main\n\nimport \"fmt\"\n\nfunc id(x int) int { return x }\n\ntype T struct {\n\tx int\n\tt *T\n}\n\n";

    private static Frontend.Result compile(String src) {
        return Frontend.compile("prog.go", src);
    }

    private static void compiles(String src) {
        Frontend.Result r = compile(src);
        assertTrue(r.ok(), () -> String.join("\n", r.errors()));
    }

    private static void fails(String src, String... expected) {
        Frontend.Result r = compile(src);
        assertEquals(List.of(expected), r.errors());
    }

    private static String main(String body) {
        return PRE + "func main() {\n\tx := 1\n\t_ = x\n\t" + body + "\n}\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"unary", "plus", "paren", "call", "selector", "string", "pointer", "chan", "slice", "block"})
    void nestingFiftyThousandDeepCompilesAsInGo(String kind) {
        int n = 50_000;
        String src = switch (kind) {
            case "unary" -> main("fmt.Println(" + "- ".repeat(n) + "x)");
            case "plus" -> main("fmt.Println(" + String.join("+", java.util.Collections.nCopies(n, "x")) + ")");
            case "paren" -> main("fmt.Println(" + "(".repeat(n) + "x" + ")".repeat(n) + ")");
            case "call" -> main("fmt.Println(" + "id(".repeat(n) + "x" + ")".repeat(n) + ")");
            case "selector" -> main("t := &T{}\n\tt.t = t\n\tfmt.Println(t" + ".t".repeat(n) + ".x)");
            case "string" -> main("fmt.Println(len(" + String.join("+", java.util.Collections.nCopies(n, "\"a\"")) + "))");
            case "pointer" -> PRE + "var v " + "*".repeat(n) + "int\n\nfunc main() { fmt.Println(v == nil) }\n";
            case "chan" -> PRE + "var v " + "chan ".repeat(n) + "int\n\nfunc main() { fmt.Println(v == nil) }\n";
            case "slice" -> PRE + "var v " + "[]".repeat(n) + "int\n\nfunc main() { fmt.Println(v == nil) }\n";
            case "block" -> main("{".repeat(n) + "}".repeat(n) + "\n\tfmt.Println(x)");
            default -> throw new IllegalArgumentException(kind);
        };
        compiles(src);
    }

    /**
     * Once 262 s: every level of a struct type nested 2,000 deep hashed alike and was compared
     * deeply. The bound only says "it finishes" (a few seconds on a loaded machine), not a
     * speed; identity must still look at the innermost field.
     */
    @Test
    void structTypesTwoThousandDeepAreIdenticalOrNotAsInGo() {
        int n = 2_000;
        java.util.function.BiFunction<String, String, String> nested =
                (field, leaf) -> ("struct{ " + field + " ").repeat(n) + leaf + " }".repeat(n);
        String same = "package main\n\nimport \"fmt\"\n\nvar v " + nested.apply("a", "int") + "\nvar w " + nested.apply("a", "int")
                + "\n\nfunc main() {\n\tv = w\n\tfmt.Println(v == w)\n}\n";
        String leaf = "package main\n\nvar v " + nested.apply("a", "int") + "\nvar w " + nested.apply("a", "string")
                + "\n\nfunc main() {\n\tv = w\n}\n";
        String name = "package main\n\nvar v " + nested.apply("a", "int") + "\nvar w " + nested.apply("b", "int")
                + "\n\nfunc main() {\n\tv = w\n}\n";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            compiles(same);
            Frontend.Result differentLeaf = compile(leaf);
            assertFalse(differentLeaf.ok());
            assertTrue(differentLeaf.errors().getFirst().startsWith("prog.go:7:6: cannot use w (variable of type struct{a struct{a "),
                    differentLeaf.errors().getFirst());
            Frontend.Result differentName = compile(name);
            assertFalse(differentName.ok());
            assertTrue(differentName.errors().getFirst().startsWith("prog.go:7:6: cannot use w (variable of type struct{b struct{b "),
                    differentName.errors().getFirst());
        });
    }

    @Test
    void constantsBoundedAsGoBoundsThem() {
        fails(main("fmt.Println(" + "1".repeat(1_000_000) + ")"),
                "prog.go:15:14: excessively long constant: 1111111111... (1000000 chars)");
        fails(main("fmt.Println(1e10000000)"),
                "prog.go:15:14: cannot use 1e10000000 (untyped float constant 1e+10000000) as float64 value in argument to fmt.Println (overflows)");
        fails(main("var f float64 = 1e400\n\tfmt.Println(f)"),
                "prog.go:15:18: cannot use 1e400 (untyped float constant 1e+400) as float64 value in variable declaration (overflows)");
        fails(PRE + "const c = 1 << 600\n\nfunc main() { fmt.Println(c > 0) }\n", "prog.go:12:13: constant shift overflow");
        fails(PRE + "const c = 1 << 500\nconst d = c * c\n\nfunc main() { fmt.Println(d > 0) }\n",
                "prog.go:13:13: constant multiplication overflow");
        fails(PRE + "const a = 1e2000000000\n\nfunc main() { fmt.Println(a > 0) }\n", "prog.go:12:11: malformed constant: 1e2000000000");
        fails(PRE + "const a = 1e200000000\nconst b = a * a * a * a * a * a * a * a * a * a * a * a\n\nfunc main() { fmt.Println(b > 0) }\n",
                "prog.go:13:21: constant result is not representable");
        // Thirty squarings of 1.5 (Go: true, at once); exact rationals stay exact.
        StringBuilder sq = new StringBuilder(PRE + "const c0 = 1.5\n");
        for (int i = 1; i <= 30; i++) {
            sq.append("const c").append(i).append(" = c").append(i - 1).append(" * c").append(i - 1).append('\n');
        }
        compiles(sq + "\nfunc main() { fmt.Println(c30 > 0, 1.0/3*3 == 1, 1e10000000/1e9999999 == 10) }\n");
        // Doubling a constant string 60 times: an error, not an OutOfMemoryError.
        StringBuilder dbl = new StringBuilder(PRE + "const s0 = \"ab\"\n");
        for (int i = 1; i <= 60; i++) {
            dbl.append("const s").append(i).append(" = s").append(i - 1).append(" + s").append(i - 1).append('\n');
        }
        Frontend.Result r = compile(dbl + "\nfunc main() { fmt.Println(len(s60)) }\n");
        assertEquals(List.of("prog.go:36:17: constant result is not representable"), r.errors());
    }

    @Test
    void recursiveTypesAreInvalidAsInGo() {
        fails("package main\ntype T struct{ a int; b T }\nfunc main(){ var t T; _ = t }\n",
                "prog.go:2:6: invalid recursive type T\n\tprog.go:2:6: T refers to\n\tprog.go:2:6: T");
        fails("package main\ntype A struct{ b B }\ntype B struct{ a A }\nfunc main(){ var t A; _ = t }\n",
                "prog.go:2:6: invalid recursive type A\n\tprog.go:2:6: A refers to\n\tprog.go:3:6: B refers to\n\tprog.go:2:6: A");
        fails("package main\ntype I interface{ I }\nfunc main(){ var i I; _ = i }\n",
                "prog.go:2:6: invalid recursive type I\n\tprog.go:2:6: I refers to\n\tprog.go:2:6: I");
        fails("package main\ntype M map[M]int\nfunc main(){ var m M; _ = m }\n", "prog.go:2:12: invalid map key type M");
        // Once 2^50 steps: comparing a struct that contains itself twice.
        fails("package main\nimport \"fmt\"\ntype T struct{ a, b T }\nfunc main(){ var x, y T; fmt.Println(x == y) }\n",
                "prog.go:3:6: invalid recursive type T\n\tprog.go:3:6: T refers to\n\tprog.go:3:6: T");
        compiles("package main\nimport \"fmt\"\ntype S struct{ x int; s *S; m map[*S][]S }\ntype P struct{ a, b Q }\ntype Q struct{ c, d int }\n"
                + "func main(){ var a, b P; fmt.Println(a == b, S{}.s == nil) }\n");
    }

    @Test
    void invalidGoThatWasAccepted() {
        fails("package main\nimport \"fmt\"\nvar x = f()\nfunc f() int { return x }\nfunc main(){ fmt.Println(x) }\n",
                "prog.go:3:5: initialization loop for x\n\tprog.go:3:5: x refers to\n\tprog.go:4:6: f refers to\n\tprog.go:3:5: x");
        fails("package main\nvar init = 1\nfunc main(){ }\n", "prog.go:2:5: cannot declare init - must be func");
        fails("package main\nimport \"fmt\"\nfunc main(){ fmt.Println(nil == nil) }\n",
                "prog.go:3:33: invalid operation: nil == nil (operator == not defined on untyped nil)");
        fails("package main\nimport \"fmt\"\nfunc main(){ s := uint(2); var f float64 = 1 << s; fmt.Println(f) }\n",
                "prog.go:3:44: invalid operation: 1 << s (shift of type float64)");
        compiles("package main\nimport \"fmt\"\nfunc main(){ s := uint(2); var i interface{} = 1 << s; var n int64 = 1 << s; fmt.Println(i, n) }\n");
    }

    /**
     * Fuzz inputs 54414, 67681 and 71439 (of last session's 100,000): closures nested ~40,000
     * deep spelled every literal's name in full ({@code main.main.func1.1.1…}, 2 GB of
     * names); names are now spelled out when read, and still read as Go prints them.
     */
    @Test
    void closuresFortyThousandDeepCompileWithGoNames() {
        int n = 40_000;
        Frontend.Result r = compile(main("fmt.Println(" + "func() int { return ".repeat(n) + "x" + " }()".repeat(n) + ")"));
        assertTrue(r.ok(), () -> String.join("\n", r.errors()));
        List<String> names = r.program().functions().stream().map(FuncProto::name).filter(s -> s.startsWith("main.main.func1")).toList();
        assertEquals(n, names.size());
        assertTrue(names.contains("main.main.func1.1.1"), names.subList(0, 3)::toString);
        assertTrue(names.contains("main.main.func1" + ".1".repeat(n - 1)));
    }

    /** gc checks sizes per declaration and reports a too-large type at the declared name (Go 1.19). */
    @Test
    void aTypeLargerThanTheAddressSpaceIsReportedAtTheDeclaredNameAsGcDoes() {
        String big = "type [4611686018427387904]byte larger than address space";
        fails("package main\n\nfunc main() {\n\tvar a [1 << 62]byte\n\tprintln(len(a))\n}\n", "prog.go:4:6: " + big);
        fails("package main\n\nfunc main() {\n\tvar a, b [1 << 62]byte\n\tprintln(len(a), len(b))\n}\n", "prog.go:4:6: " + big);
        fails("package main\n\nvar g [1 << 62]byte\n\nfunc main() { println(len(g)) }\n", "prog.go:3:5: " + big);
        fails("package main\n\ntype S struct {\n\tx int\n\tb [1 << 62]byte\n}\n\nfunc main() {\n\tvar s S\n\tprintln(s.x)\n}\n",
                "prog.go:3:6: " + big);
    }

    /** Fuzz input 57303: {@code 0xfp25593100} built a 25-million-bit integer; gc says "truncated" for int8. */
    @Test
    void hexFloatWithAHugeExponentStaysSmall() {
        fails(main("var y int8 = 0xfp25593100\n\tfmt.Println(y, 0x1.8p1, 0x1p-1074 > 0, 0xfp25593100 > 1)"),
                "prog.go:15:15: cannot use 0xfp25593100 (untyped float constant 9.0807e+7704291) as int8 value in variable declaration (truncated)");
        fails(main("var y int64 = 1e300\n\tfmt.Println(y)"),
                "prog.go:15:16: cannot use 1e300 (untyped float constant 1e+300) as int64 value in variable declaration (truncated)");
        compiles(main("fmt.Println(0x1.8p1, 0x1p-1074 > 0, 0xfp25593100 > 1, 0x_1p+2)"));
    }

    @Test
    void onceInternalErrorsNowCompile() {
        compiles("package main\nimport \"fmt\"\nfunc f() (int, int) { return 1, 2 }\nfunc main(){ fmt.Println(f()) }\n");
        compiles("package main\nimport \"fmt\"\ntype I interface{ M() int }\ntype T int\nfunc (t T) M() int { return int(t) }\n"
                + "func main(){ f := I.M; fmt.Println(f(T(3))) }\n");
    }

    @Test
    void anEscapingThrowableBecomesOneInternalCompilerErrorLine() {
        Frontend.Result r = FrontendGuard.run("prog.go", "package main", () -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().getFirst().startsWith("prog.go:1:1: internal compiler error: java.lang.IllegalStateException: boom (input saved in "),
                r.errors().getFirst());
    }
}
