package dev.spindle.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.lang.compile.Program;
import org.junit.jupiter.api.Test;

/** The interpreter's contract with hosts: budgets, stop reasons, runtime operations. */
class InterpreterTest {
    private static Program compile(String src) {
        Frontend.Result r = Frontend.compile("prog.go", src);
        assertThat(r.errors()).isEmpty();
        return r.program();
    }

    @Test
    void aLoopStopsAtItsBudgetAndResumes() {
        Program p = compile("""
                package main

                func main() {
                	x := 0
                	for i := 0; i < 1000; i++ {
                		x += i
                	}
                	_ = x
                }
                """);
        Goroutine g = new Machine(p, 1, NativeLinker.NONE, 1000).mainGoroutine();
        int budgetStops = 0;
        Stop s;
        while ((s = Interpreter.run(g, 10)) == Stop.BUDGET) {
            budgetStops++;
        }
        assertThat(s).isEqualTo(Stop.FINISHED);
        assertThat(budgetStops).isBetween(90, 110);
        assertThat(g.finished()).isTrue();
    }

    @Test
    void eachRunReportsTheBudgetItUsedAlsoWhenItStopsForARuntimeOp() {
        Program p = compile("""
                package main

                func main() {
                	x := 0
                	for i := 0; i < 50; i++ {
                		x += i
                	}
                	ch := make(chan int)
                	_ = ch
                	_ = x
                }
                """);
        Goroutine g = new Machine(p, 1, NativeLinker.NONE, 1000).mainGoroutine();
        assertThat(Interpreter.run(g, 10)).isEqualTo(Stop.BUDGET);
        assertThat(g.lastUsed()).isEqualTo(10);
        assertThat(Interpreter.run(g, 1000)).isEqualTo(Stop.RUNTIME_OP);
        assertThat(g.pendingOp()).isInstanceOf(HostOp.MakeChan.class);
        assertThat(g.lastUsed()).isBetween(35L, 45L);
        g.pushResult(new Object());
        assertThat(Interpreter.run(g, 1000)).isEqualTo(Stop.FINISHED);
        assertThat(g.lastUsed()).isLessThan(5L);
    }

    @Test
    void goAndChannelOperationsAreHandedToTheHost() {
        Program p = compile("""
                package main

                func main() {
                	ch := make(chan int)
                	go func() { ch <- 1 }()
                	<-ch
                }
                """);
        Goroutine g = new Machine(p, 1, NativeLinker.NONE, 1000).mainGoroutine();
        assertThat(Interpreter.run(g, 100)).isEqualTo(Stop.RUNTIME_OP);
        assertThat(g.pendingOp()).isInstanceOf(HostOp.MakeChan.class);
        Object ch = new Object();
        g.pushResult(ch);
        assertThat(Interpreter.run(g, 100)).isEqualTo(Stop.RUNTIME_OP);
        assertThat(g.pendingOp()).isInstanceOf(HostOp.Go.class);
        assertThat(Interpreter.run(g, 100)).isEqualTo(Stop.RUNTIME_OP);
        assertThat(g.pendingOp()).isEqualTo(new HostOp.Recv(ch, false));
        g.pushResult(1L);
        assertThat(Interpreter.run(g, 100)).isEqualTo(Stop.FINISHED);
    }

    @Test
    void anUnrecoveredPanicReportsLikeGo() {
        Program p = compile("""
                package main

                func get(xs []int, i int) int {
                	return xs[i]
                }

                func main() {
                	get([]int{1, 2, 3}, 5)
                }
                """);
        Goroutine g = new Machine(p, 1, NativeLinker.NONE, 1000).mainGoroutine();
        assertThat(Interpreter.run(g, 1000)).isEqualTo(Stop.PANICKED);
        assertThat(g.panicReport()).startsWith("panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.get(...)\n\tprog.go:4\nmain.main(...)\n\tprog.go:8\n");
    }

    @Test
    void deepRecursionIsAFatalStackOverflow() {
        Program p = compile("""
                package main

                func f(n int) int { return f(n+1) + 1 }

                func main() { f(0) }
                """);
        Goroutine g = new Machine(p, 1, NativeLinker.NONE, 5000).mainGoroutine();
        Stop s;
        while ((s = Interpreter.run(g, 1_000_000)) == Stop.BUDGET) {
            // keep going
        }
        assertThat(s).isEqualTo(Stop.FATAL);
        assertThat(g.fatal().getMessage()).isEqualTo("stack overflow");
    }

    /** Runs g to the end with the given budget per run; returns the budget units spent in all. */
    private static long unitsToFinish(Program p, long budget) {
        Goroutine g = new Machine(p, 1, NativeLinker.NONE, 1000).mainGoroutine();
        long units = 0;
        Stop s;
        do {
            s = Interpreter.run(g, budget);
            units += g.lastUsed();
        } while (s == Stop.BUDGET);
        assertThat(s).isEqualTo(Stop.FINISHED);
        return units;
    }

    /**
     * Fused back edges and the scalar-loop path charge exactly what LOOP did: one unit per back
     * edge and per call, whether the loop runs in one go or stops at every safepoint (budget 1)
     * and resumes at its test. The engine's virtual clock depends on it.
     */
    @Test
    void loopsChargeOneUnitPerBackEdgeAndPerCallOnEveryPath() {
        Program scalar = compile("""
                package main

                func main() {
                	x := 0
                	for i := 0; i < 1000; i++ {
                		x += i
                	}
                	for a := 0; a < 10; a++ {
                		for b := 0; b < a; b++ {
                			x -= b
                		}
                	}
                	n := 7
                	for n > 0 {
                		n--
                	}
                	for i := range 5 {
                		x += i
                	}
                	_ = x
                }
                """);
        // main.main's call + 1000 + (10 + 45) + 7 + 5 back edges
        assertThat(unitsToFinish(scalar, 1_000_000)).isEqualTo(1 + 1000 + 55 + 7 + 5);
        assertThat(unitsToFinish(scalar, 1)).isEqualTo(1 + 1000 + 55 + 7 + 5);
        assertThat(unitsToFinish(scalar, 7)).isEqualTo(1 + 1000 + 55 + 7 + 5);

        Program calls = compile("""
                package main

                func f(i int) int { return i * 2 }

                func main() {
                	x := 0
                	for i := 0; i < 100; i++ {
                		x += f(i)
                	}
                	_ = x
                }
                """);
        assertThat(unitsToFinish(calls, 1_000_000)).isEqualTo(1 + 100 + 100);
        assertThat(unitsToFinish(calls, 1)).isEqualTo(1 + 100 + 100);
    }
}
