package dev.spindle.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape of the trees the parser builds, compared as S-expressions (see {@link AstPrinter}). */
class ParserTest {

    private static ParseResult parse(String src) {
        return Parser.parse("prog.go", src);
    }

    /** The tree of the statements of main's body, with no errors allowed. */
    private static String body(String stmts) {
        ParseResult r = parse("package main\nfunc main() {\n" + stmts + "\n}\n");
        assertThat(r.errors()).isEmpty();
        Decl.FuncDecl main = (Decl.FuncDecl) r.file().decls().getLast();
        return AstPrinter.print(main.body().stmts());
    }

    private static String expr(String x) {
        String s = body("_ = " + x);
        // [(Assign [_] = [X])] -> X
        return s.substring("[(Assign [_] = [".length(), s.length() - "])]".length());
    }

    @Test
    void precedenceAndAssociativity() {
        assertThat(expr("a + b*c")).isEqualTo("(Binary a + (Binary b * c))");
        assertThat(expr("a - b - c")).isEqualTo("(Binary (Binary a - b) - c)");
        assertThat(expr("a || b && c == d")).isEqualTo("(Binary a || (Binary b && (Binary c == d)))");
        assertThat(expr("-x.y[1]()")).isEqualTo("(Unary - (Call (Index (Selector x y) [1]) []))");
        assertThat(expr("*p + &q")).isEqualTo("(Binary (Star p) + (Unary & q))");
        assertThat(expr("<-ch")).isEqualTo("(Unary <- ch)");
        assertThat(expr("(a + b) * c")).isEqualTo("(Binary (Paren (Binary a + b)) * c)");
    }

    @Test
    void primaryExpressions() {
        assertThat(expr("a[1:2]")).isEqualTo("(Slice a 1 2 _ false)");
        assertThat(expr("a[:2:3]")).isEqualTo("(Slice a _ 2 3 true)");
        assertThat(expr("a[1:]")).isEqualTo("(Slice a 1 _ _ false)");
        assertThat(expr("x.(T)")).isEqualTo("(TypeAssert x T)");
        assertThat(expr("f(xs...)")).contains("(Call f [xs]");
        assertThat(expr("f[int, string](x)")).isEqualTo("(Call (Index f [int string]) [x])");
        assertThat(expr("T{1, k: 2}")).isEqualTo("(CompositeLit T [1 (KeyValue k 2)])");
        assertThat(expr("[]P{{1, 2}}")).isEqualTo("(CompositeLit (SliceType P) [(CompositeLit _ [1 2])])");
        assertThat(expr("[...]int{1}")).isEqualTo("(CompositeLit (ArrayType _ int) [1])");
        assertThat(expr("map[string][]int{\"a\": nil}"))
                .isEqualTo("(CompositeLit (MapType string (SliceType int)) [(KeyValue \"a\" nil)])");
        assertThat(expr("func(x int) int { return x }"))
                .isEqualTo("(FuncLit (FuncType [(Field [x] int _)] [(Field [] int _)]) (Block [(Return [x])]))");
        assertThat(expr("pkg.T{}")).isEqualTo("(CompositeLit (Selector pkg T) [])");
    }

    @Test
    void channelTypes() {
        assertThat(expr("make(chan int)")).isEqualTo("(Call make [(ChanType BOTH int)])");
        assertThat(expr("make(chan<- int)")).isEqualTo("(Call make [(ChanType SEND int)])");
        assertThat(expr("make(<-chan int)")).isEqualTo("(Call make [(ChanType RECV int)])");
        assertThat(expr("make(chan<- <-chan int)")).isEqualTo("(Call make [(ChanType SEND (ChanType RECV int))])");
        assertThat(expr("make(chan (<-chan int))"))
                .isEqualTo("(Call make [(ChanType BOTH (Paren (ChanType RECV int)))])");
    }

    @Test
    void statements() {
        assertThat(body("x := 1")).isEqualTo("[(Assign [x] := [1])]");
        assertThat(body("a, b = b, a")).isEqualTo("[(Assign [a b] = [b a])]");
        assertThat(body("x += 2")).isEqualTo("[(Assign [x] += [2])]");
        assertThat(body("x++")).isEqualTo("[(IncDec x ++)]");
        assertThat(body("ch <- v")).isEqualTo("[(Send ch v)]");
        assertThat(body("go f(1)")).isEqualTo("[(Go (Call f [1]))]");
        assertThat(body("defer mu.Unlock()")).isEqualTo("[(Defer (Call (Selector mu Unlock) []))]");
        assertThat(body("return 1, 2")).isEqualTo("[(Return [1 2])]");
        assertThat(body("var x, y int = 1, 2"))
                .isEqualTo("[(DeclStmt (GenDecl var [(ValueSpec [x y] int [1 2] 0)]))]");
        assertThat(body("L:\nfor {\nbreak L\n}"))
                .isEqualTo("[(Labeled L (For _ _ _ (Block [(Branch break L)])))]");
        assertThat(body("goto L\nL:")).isEqualTo("[(Branch goto L) (Labeled L (Empty))]");
    }

    @Test
    void ifForSwitchHeaders() {
        assertThat(body("if x := f(); x > 0 {\n} else if y {\n} else {\n}")).isEqualTo(
                "[(If (Assign [x] := [(Call f [])]) (Binary x > 0) (Block []) "
                        + "(If _ y (Block []) (Block [])))]");
        assertThat(body("for i := 0; i < 3; i++ {\n}"))
                .isEqualTo("[(For (Assign [i] := [0]) (Binary i < 3) (IncDec i ++) (Block []))]");
        assertThat(body("for x < 3 {\n}")).isEqualTo("[(For _ (Binary x < 3) _ (Block []))]");
        assertThat(body("for k, v := range m {\n}")).isEqualTo("[(Range k v := m (Block []))]");
        assertThat(body("for range ch {\n}")).isEqualTo("[(Range _ _ _ ch (Block []))]");
        assertThat(body("for i = range 10 {\n}")).isEqualTo("[(Range i _ = 10 (Block []))]");
        assertThat(body("switch x := 1; x {\ncase 1, 2:\nfallthrough\ndefault:\n}")).isEqualTo(
                "[(Switch (Assign [x] := [1]) x [(CaseClause [1 2] false [(Branch fallthrough _)]) "
                        + "(CaseClause [] true [])])]");
        assertThat(body("switch v := x.(type) {\ncase int, nil:\n}"))
                .isEqualTo("[(TypeSwitch _ v x [(CaseClause [int nil] false [])])]");
        assertThat(body("switch x.(type) {\n}")).isEqualTo("[(TypeSwitch _ _ x [])]");
        assertThat(body("if v == (T{}) {\n}"))
                .isEqualTo("[(If _ (Binary v == (Paren (CompositeLit T []))) (Block []) _)]");
    }

    @Test
    void compositeLiteralInHeaderIsABlock() {
        ParseResult r = parse("package main\nfunc main() {\n\tif x == T{} {\n\t}\n}\n");
        assertThat(r.errors()).extracting(SyntaxError::format)
                .first().isEqualTo("prog.go:3:14: syntax error: unexpected { at end of statement");
    }

    @Test
    void select() {
        assertThat(body("select {\ncase v, ok := <-ch:\ncase ch <- 1:\ncase <-done:\ndefault:\n}")).isEqualTo(
                "[(Select [(CommClause (Assign [v ok] := [(Unary <- ch)]) []) (CommClause (Send ch 1) []) "
                        + "(CommClause (ExprStmt (Unary <- done)) []) (CommClause _ [])])]");
    }

    @Test
    void declarations() {
        ParseResult r = parse("""
                package main

                import (
                \t"fmt"
                \tr "math/rand"
                )

                const (
                \tA = iota
                \tB
                )

                type (
                \tT struct {
                \t\tx, y int `tag`
                \t\t*Base
                \t\tpkg.E
                \t}
                \tI interface {
                \t\tM(a, b int) (string, error)
                \t\tfmt.Stringer
                \t}
                \tAlias = int
                \tG[P any] []P
                )

                func (t *T) M(xs ...int) {}

                func F[K comparable, V any](m map[K]V) {}
                """);
        assertThat(r.errors()).isEmpty();
        File f = r.file();
        assertThat(AstPrinter.print(f.imports())).isEqualTo("[(ImportSpec _ \"fmt\") (ImportSpec r \"math/rand\")]");
        assertThat(f.imports().get(1).pathValue()).isEqualTo("math/rand");
        assertThat(AstPrinter.print(f.decls().get(0)))
                .isEqualTo("(GenDecl const [(ValueSpec [A] _ [iota] 0) (ValueSpec [B] _ [] 1)])");
        assertThat(AstPrinter.print(f.decls().get(1))).isEqualTo("(GenDecl type ["
                + "(TypeSpec T [] false (StructType [(Field [x y] int `tag`) (Field [] (Star Base) _) "
                + "(Field [] (Selector pkg E) _)])) "
                + "(TypeSpec I [] false (InterfaceType [(Field [M] (FuncType [(Field [a b] int _)] "
                + "[(Field [] string _) (Field [] error _)]) _) (Field [] (Selector fmt Stringer) _)])) "
                + "(TypeSpec Alias [] true int) "
                + "(TypeSpec G [(Field [P] any _)] false (SliceType P))])");
        assertThat(AstPrinter.print(f.decls().get(2))).isEqualTo(
                "(FuncDecl (Field [t] (Star T) _) M [] (FuncType [(Field [xs] (Ellipsis int) _)] []) (Block []))");
        assertThat(AstPrinter.print(f.decls().get(3))).isEqualTo(
                "(FuncDecl _ F [(Field [K] comparable _) (Field [V] any _)] "
                        + "(FuncType [(Field [m] (MapType K V) _)] []) (Block []))");
    }

    @Test
    void typeSetsAreKeptForTheChecker() {
        ParseResult r = parse("package main\ntype C interface{ ~int | string }\n");
        assertThat(r.errors()).isEmpty();
        assertThat(AstPrinter.print(r.file().decls().get(0))).isEqualTo(
                "(GenDecl type [(TypeSpec C [] false (InterfaceType [(Field [] (Binary (Unary ~ int) | string) _)]))])");
    }

    @Test
    void positionsAreFirstTokensInByteColumns() {
        ParseResult r = parse("package main\n\nfunc main() {\n\tx := \"é\" + y\n}\n");
        Decl.FuncDecl main = (Decl.FuncDecl) r.file().decls().get(0);
        Stmt.Assign a = (Stmt.Assign) main.body().stmts().get(0);
        assertThat(a.pos()).isEqualTo(new Pos(4, 2));
        assertThat(a.opPos()).isEqualTo(new Pos(4, 4));
        Expr.Binary b = (Expr.Binary) a.rhs().get(0);
        assertThat(b.pos()).isEqualTo(new Pos(4, 7));
        assertThat(b.opPos()).isEqualTo(new Pos(4, 12)); // "é" is 4 bytes with its quotes
        assertThat(b.y().pos()).isEqualTo(new Pos(4, 14));
        assertThat(main.pos()).isEqualTo(new Pos(3, 1));
        assertThat(main.body().rbrace()).isEqualTo(new Pos(5, 1));
    }

    @Test
    void everyNodeHasAKnownPositionAndNodesAreDistinctKeys() {
        ParseResult r = parse("package main\nfunc main() {\n\tx := x + x\n\t_ = []int{x, x}\n}\n");
        List<Node> nodes = new ArrayList<>();
        AstWalker.walk(r.file(), nodes::add);
        assertThat(nodes).allSatisfy(n -> assertThat(n.pos().isKnown()).as("%s", n).isTrue());
        List<Node> xs = nodes.stream().filter(n -> n instanceof Expr.Ident i && i.name().equals("x")).toList();
        assertThat(xs).hasSize(5);
        assertThat(new java.util.HashSet<>(xs)).hasSize(5);
        assertThat(new Expr.Ident(new Pos(1, 1), "x")).isNotEqualTo(new Expr.Ident(new Pos(1, 1), "x"));
    }

    @Test
    void reportsAtMostOneSyntaxErrorPerLineAndRecovers() {
        ParseResult r = parse("package main\nfunc main() {\n\tx := 1 y := 2 z := 3\n\tf(a b)\n}\n\nfunc g() {}\n");
        assertThat(r.errors()).extracting(SyntaxError::format).containsExactly(
                "prog.go:3:9: syntax error: unexpected name y at end of statement",
                "prog.go:4:6: syntax error: unexpected name b in argument list; possibly missing comma or )");
        assertThat(r.file().decls()).hasSize(2);
    }

    @Test
    void conformanceForBraceMessage() {
        ParseResult r = parse("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; i < 3; i++\n\t{\n"
                + "\t\tfmt.Println(i)\n\t}\n}\n");
        assertThat(r.errors()).extracting(SyntaxError::format).first()
                .isEqualTo("prog.go:6:24: syntax error: unexpected newline, expected { after for clause");
    }

    @Test
    void newlineInStringAndEofErrors() {
        assertThat(parse("package main\nfunc main() {\n\ts := \"abc\n\t_ = s\n}\n").errors())
                .extracting(SyntaxError::format).containsExactly("prog.go:3:11: newline in string");
        assertThat(parse("package main\nfunc main() {\n\tx := (1 +\n").errors())
                .extracting(SyntaxError::format)
                .containsExactly("prog.go:4:1: syntax error: unexpected EOF, expected expression");
    }

    @Test
    void packageClauseErrorsStopEarly() {
        ParseResult r = parse("package\nfunc main() {}\n");
        assertThat(r.errors()).extracting(SyntaxError::format)
                .containsExactly("prog.go:2:1: syntax error: unexpected keyword func, expected name");
        assertThat(r.snippet()).isFalse();
    }

    @Test
    void exprStringPrintsLikeGoMessages() {
        assertThat(ExprString.of(Parser.parse("p.go", "package p\nvar _ = label + n\n").file().decls().get(0)
                instanceof Decl.GenDecl g ? ((Spec.ValueSpec) g.specs().get(0)).values().get(0) : null))
                .isEqualTo("label + n");
        assertThat(printed("[]int{1, 2}")).isEqualTo("[]int{…}");
        assertThat(printed("func(a, b int) (int, error) { return 0, nil }")).isEqualTo("func(a, b int) (int, error) {…}");
        assertThat(printed("<-ch")).isEqualTo("<-ch");
        assertThat(printed("m[k].f(x, ys...)")).isEqualTo("m[k].f(x, ys...)");
        assertThat(printed("x.(type)")).isEqualTo("x.(type)");
        assertThat(printed("s[1:2:3]")).isEqualTo("s[1:2:3]");
        assertThat(printed("map[string]chan<- *T(nil)")).isEqualTo("map[string]chan<- *T(nil)");
        assertThat(printed("struct{ a int; b string }{}")).isEqualTo("struct{a int; b string}{}");
        assertThat(printed("func() {}")).isEqualTo("func() {}");
        assertThat(printed("make(chan (<-chan int))")).isEqualTo("make(chan (<-chan int))");
        assertThat(printed("x.(interface{ M(); fmt.Stringer })")).isEqualTo("x.(interface{M(); fmt.Stringer})");
        assertThat(printed("-a + ^b * !c")).isEqualTo("-a + ^b * !c");
    }

    private static String printed(String x) {
        ParseResult r = Parser.parse("p.go", "package p\nvar _ = " + x + "\n");
        Decl.GenDecl g = (Decl.GenDecl) r.file().decls().get(0);
        return ExprString.of(((Spec.ValueSpec) g.specs().get(0)).values().get(0));
    }
}
