package dev.spindle.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void sourceWithoutPackageClauseIsPackageMainWithAddedImports() {
        ParseResult r = Parser.parse("prog.go", """
                func main() {
                \tgo func() {
                \t\ttime.Sleep(20 * time.Millisecond)
                \t\tfmt.Println("slow")
                \t}()
                \tn := rand.Intn(3) + atomic.AddInt64(nil, 0)
                }
                """);
        assertThat(r.errors()).isEmpty();
        assertThat(r.snippet()).isTrue();
        assertThat(r.file().packageName().name()).isEqualTo("main");
        assertThat(r.addedImports()).containsExactly("fmt", "math/rand", "sync/atomic", "time");
        assertThat(r.file().imports()).extracting(Spec.ImportSpec::pathValue)
                .containsExactly("fmt", "math/rand", "sync/atomic", "time");
        // an added import is positioned at its first use, on the user's own line
        assertThat(r.file().imports().get(3).pos()).isEqualTo(new Pos(3, 3));
    }

    @Test
    void errorPositionsReferToTheUsersLines() {
        ParseResult r = Parser.parse("prog.go", "func main() {\n\tfmt.Println(\"a\"\n}\n");
        assertThat(r.errors()).extracting(SyntaxError::format).containsExactly(
                "prog.go:2:17: syntax error: unexpected newline in argument list; possibly missing comma or )");
    }

    @Test
    void existingImportsAndLocalNamesAreNotAdded() {
        ParseResult r = Parser.parse("prog.go", """
                import "fmt"

                type strings struct{ n int }

                func main() {
                \tfmt.Println(1)
                \tvar sort strings
                \t_ = sort.n
                \tfor _, time := range []struct{ Now int }{} {
                \t\t_ = time.Now
                \t}
                \t_ = errors.New("x")
                }
                """);
        assertThat(r.errors()).isEmpty();
        assertThat(r.addedImports()).containsExactly("errors");
    }

    @Test
    void filesWithAPackageClauseAreNotChanged() {
        ParseResult r = Parser.parse("prog.go", "package main\n\nfunc main() { fmt.Println() }\n");
        assertThat(r.snippet()).isFalse();
        assertThat(r.addedImports()).isEmpty();
        assertThat(r.file().imports()).isEmpty();
    }

    @Test
    void topLevelStatementsAreReportedAsInGo() {
        ParseResult r = Parser.parse("prog.go", "x := 1\nfmt.Println(x)\n");
        assertThat(r.errors()).extracting(SyntaxError::format).containsExactly(
                "prog.go:1:1: syntax error: non-declaration statement outside function body");
    }
}
