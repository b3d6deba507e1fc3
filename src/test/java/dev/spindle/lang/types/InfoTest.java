package dev.spindle.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.syntax.AstWalker;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Node;
import dev.spindle.lang.syntax.ParseResult;
import dev.spindle.lang.syntax.Parser;
import dev.spindle.lang.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the compiler reads from {@link Info}: types, symbols, selections, calls, captures. */
class InfoTest {

    private record Checked(ParseResult pr, CheckResult r) {
        Info info() {
            return r.info();
        }

        <T extends Node> List<T> all(Class<T> kind) {
            List<T> out = new ArrayList<>();
            AstWalker.walk(pr.file(), n -> {
                if (kind.isInstance(n)) {
                    out.add(kind.cast(n));
                }
            });
            return out;
        }

        Expr.Ident ident(String name, int nth) {
            return all(Expr.Ident.class).stream().filter(i -> i.name().equals(name)).toList().get(nth);
        }
    }

    private static Checked check(String src) {
        ParseResult pr = Parser.parse("prog.go", src);
        CheckResult r = Checker.check(pr);
        assertThat(r.formatted("prog.go")).isEmpty();
        return new Checked(pr, r);
    }

    @Test
    void untypedConstantsTakeTheirContextsType() {
        Checked c = check("""
                package main

                import "fmt"

                const k = 1 << 10

                func main() {
                	var f float64 = 3
                	var d = k / 3
                	fmt.Println(f, d, 'x')
                }
                """);
        Expr three = c.all(Expr.BasicLit.class).stream().filter(l -> l.raw().equals("3") && l.pos().line() == 8).findFirst().orElseThrow();
        assertThat(c.info().typeOf(three)).isEqualTo(Basic.FLOAT64);
        assertThat(c.info().types().get(three).isConstant()).isTrue();
        Expr.Ident d = c.ident("d", 0);
        assertThat(((Symbol.Var) c.info().defs().get(d)).type()).isEqualTo(Basic.INT);
        Expr.Ident k = c.ident("k", 1);
        assertThat(c.info().valueOf(k)).isEqualTo(Constant.Int.of(1024));
        // 'x' passed to ...any is boxed as its default type, rune (int32).
        Expr x = c.all(Expr.BasicLit.class).stream().filter(l -> l.raw().equals("'x'")).findFirst().orElseThrow();
        assertThat(c.info().typeOf(x)).isEqualTo(Basic.INT32);
        assertThat(c.info().implicitConversions().get(x)).isEqualTo(Universe.ANY);
    }

    @Test
    void closuresCaptureByVariableAndLoopVariablesAreRecorded() {
        Checked c = check("""
                package main

                import "fmt"

                func main() {
                	total := 0
                	fs := []func(){}
                	for i := 0; i < 3; i++ {
                		fs = append(fs, func() { total += i })
                	}
                	for _, v := range []int{1} {
                		fmt.Println(v)
                	}
                	fmt.Println(total, len(fs))
                }
                """);
        Expr.FuncLit lit = c.all(Expr.FuncLit.class).getFirst();
        FuncInfo fi = c.info().funcs().get(lit);
        assertThat(fi.name()).isEqualTo("main.main.func1");
        assertThat(fi.captures()).extracting(Symbol::name).containsExactly("total", "i");
        assertThat(fi.captures()).allMatch(Symbol.Var::captured);
        Stmt.For loop = c.all(Stmt.For.class).getFirst();
        assertThat(c.info().loopVars().get(loop)).extracting(Symbol::name).containsExactly("i");
        Stmt.Range range = c.all(Stmt.Range.class).getFirst();
        assertThat(c.info().loopVars().get(range)).extracting(Symbol::name).containsExactly("v");
        assertThat(c.info().loopVars().get(range).getFirst().captured()).isFalse();
        assertThat(c.info().funcList()).extracting(FuncInfo::name).containsExactly("main.main", "main.main.func1");
    }

    @Test
    void selectionsCarryPathsAndReceiverAdjustments() {
        Checked c = check("""
                package main

                import (
                	"fmt"
                	"sync"
                )

                type Inner struct{ n int }

                func (in *Inner) Inc() { in.n++ }

                type Outer struct {
                	Inner
                	mu sync.Mutex
                }

                func main() {
                	var o Outer
                	o.Inc()
                	o.mu.Lock()
                	fmt.Println(o.n)
                }
                """);
        List<Expr.Selector> sels = c.all(Expr.Selector.class);
        Selection inc = c.info().selections().get(sels.stream().filter(s -> s.sel().name().equals("Inc")).findFirst().orElseThrow());
        assertThat(inc.kind()).isEqualTo(Selection.Kind.METHOD);
        assertThat(inc.path()).containsExactly(0);
        assertThat(inc.recvAdjust()).isEqualTo(Selection.RecvAdjust.ADDRESS_OF);
        assertThat(inc.method().qualifiedName()).isEqualTo("main.Inner.Inc");
        Selection n = c.info().selections().get(sels.stream().filter(s -> s.sel().name().equals("n") && s.pos().line() == 21).findFirst().orElseThrow());
        assertThat(n.kind()).isEqualTo(Selection.Kind.FIELD);
        assertThat(n.path()).containsExactly(0, 0);
        Expr.Selector lockSel = sels.stream().filter(s -> s.sel().name().equals("Lock")).findFirst().orElseThrow();
        Selection lock = c.info().selections().get(lockSel);
        assertThat(lock.method().qualifiedName()).isEqualTo("sync.Mutex.Lock");
        assertThat(lock.method().isNative()).isTrue();
        Expr.Call lockCall = c.all(Expr.Call.class).stream().filter(call -> call.fun() == lockSel).findFirst().orElseThrow();
        assertThat(c.info().calls().get(lockCall).kind()).isEqualTo(CallInfo.Kind.METHOD);
        Expr.Selector println = sels.stream().filter(s -> s.sel().name().equals("Println")).findFirst().orElseThrow();
        Selection q = c.info().selections().get(println);
        assertThat(q.kind()).isEqualTo(Selection.Kind.QUALIFIED);
        assertThat(((Symbol.Func) q.member()).qualifiedName()).isEqualTo("fmt.Println");
    }

    @Test
    void callKindsAndObjectNames() {
        Checked c = check("""
                package main

                import (
                	"fmt"
                	"time"
                )

                type Celsius float64

                func work(id int, xs ...int) int { return id + len(xs) }

                func main() {
                	jobs := make(chan int, 3)
                	t := Celsius(21.5)
                	n := work(1, 2, 3)
                	d := 2 * time.Second
                	var e error = fmt.Errorf("x %d", n)
                	fmt.Println(t, len(jobs), d.String(), e)
                }
                """);
        List<Expr.Call> calls = c.all(Expr.Call.class);
        Expr.Call make = calls.stream().filter(x -> x.pos().line() == 13).findFirst().orElseThrow();
        assertThat(c.info().calls().get(make).builtin()).isEqualTo(BuiltinKind.MAKE);
        assertThat(c.info().objectNames().get(make)).isEqualTo("jobs");
        Expr.Call conv = calls.stream().filter(x -> x.pos().line() == 14).findFirst().orElseThrow();
        assertThat(c.info().calls().get(conv).kind()).isEqualTo(CallInfo.Kind.CONVERSION);
        assertThat(c.info().valueOf(conv)).isNotNull();
        Expr.Call work = calls.stream().filter(x -> x.pos().line() == 15).findFirst().orElseThrow();
        CallInfo wi = c.info().calls().get(work);
        assertThat(wi.kind()).isEqualTo(CallInfo.Kind.FUNC);
        assertThat(wi.variadicPack()).isTrue();
        assertThat(wi.func().qualifiedName()).isEqualTo("main.work");
        Expr.Ident dIdent = c.ident("d", 0);
        assertThat(((Symbol.Var) c.info().defs().get(dIdent)).type().toString()).isEqualTo("time.Duration");
        Expr.Binary mul = c.all(Expr.Binary.class).stream().filter(b -> b.pos().line() == 16).findFirst().orElseThrow();
        assertThat(c.info().valueOf(mul)).isEqualTo(Constant.Int.of(2_000_000_000L));
    }

    @Test
    void packageVariablesInitialiseInDependencyOrder() {
        Checked c = check("""
                package main

                import "fmt"

                var a = b + 1
                var b = f()
                var c = 1

                func f() int { return c * 2 }

                func main() { fmt.Println(a, b, c) }
                """);
        assertThat(c.info().initOrder()).extracting(i -> i.lhs().getFirst().name()).containsExactly("c", "b", "a");
    }

    @Test
    void libraryTypesAreSharedAndFindable() {
        Library lib = Library.standard();
        assertThat(lib.named("errors.errorString")).isNotNull();
        assertThat(lib.named("time.Duration").method("String")).isPresent();
        assertThat(lib.member("math.Pi")).isInstanceOf(Symbol.Const.class);
        assertThat(lib.member("os.Stdout")).isInstanceOf(Symbol.Var.class);
        assertThat(lib.natives()).extracting(Symbol.Func::qualifiedName)
                .contains("fmt.Println", "strings.ToUpper", "time.Duration.String", "sync.WaitGroup.Add",
                        "fmt.wrapError.Unwrap", "atomic.Int64.Add");
    }
}
