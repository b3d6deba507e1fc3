package dev.spindle.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.FuncProto;
import dev.spindle.lang.compile.Frontend;
import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The compiled tier ({@code vm.jit}) against the interpreter: every program runs both ways
 * ({@code -Dspindle.jit=off} and {@code all}) and must give the same output, the same exit, the
 * same virtual time (the budget units spent: one per back edge and call) and, stepped one
 * budget unit at a time, the same stops at the same lines and stack depths.
 */
class JitTierTest {
    private final int before = JitGate.mode;

    @AfterEach
    void restore() {
        JitGate.mode(before);
    }

    private static Program compile(String src) {
        Frontend.Result r = Frontend.compile("prog.go", src);
        assertThat(r.errors()).isEmpty();
        return r.program();
    }

    /** Output, exit and virtual time of a whole run on the engine with the tier in the given mode. */
    private static String runOnEngine(String src, int mode, int procs) throws InterruptedException {
        JitGate.mode(mode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult r = GoProgram.run(compile(src), EngineConfig.of(procs, 7, out, err));
        return "exit " + r.exitCode() + ", virtual " + r.virtualNanos() + "\n" + out.toString(StandardCharsets.UTF_8)
                + "--- stderr\n" + err.toString(StandardCharsets.UTF_8);
    }

    /** Each stop of the main goroutine run budget units at a time: reason, units used, line, depth, stack. */
    private static List<String> stepped(String src, int mode, long budget, List<FuncProto> compiled) {
        return stepped(src, mode, budget, compiled, NativeLinker.NONE);
    }

    private static List<String> stepped(String src, int mode, long budget, List<FuncProto> compiled, NativeLinker natives) {
        JitGate.mode(mode);
        Program p = compile(src);
        Goroutine g = new Machine(p, 1, natives, 1000).mainGoroutine();
        List<String> trace = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            Stop s = Interpreter.run(g, budget);
            String line = s + " used " + g.lastUsed() + " at " + g.currentLine() + " depth " + g.frameDepth()
                    + " " + g.stack();
            if (s == Stop.RUNTIME_OP) {
                HostOp op = g.takePendingOp();
                line += op instanceof HostOp.Output o ? " " + new String(o.bytes(), StandardCharsets.UTF_8).strip() : " " + op;
            }
            if (s == Stop.PANICKED) {
                line += "\n" + g.panicReport();
            }
            trace.add(line);
            if (s != Stop.BUDGET && s != Stop.RUNTIME_OP) {
                p.functions().stream().filter(JitGate::compiled).forEach(compiled::add);
                return trace;
            }
        }
        throw new AssertionError("did not end");
    }

    private static void sameStepsBothWays(String src, long budget, String... mustCompile) {
        List<FuncProto> none = new ArrayList<>();
        List<String> interpreted = stepped(src, 0, budget, none);
        assertThat(none).isEmpty();
        List<FuncProto> compiled = new ArrayList<>();
        int declinesBefore = JitGate.declines;
        List<String> jitted = stepped(src, 2, budget, compiled);
        assertThat(JitGate.declines).as("entries compiled code declined").isEqualTo(declinesBefore);
        assertThat(jitted).isEqualTo(interpreted);
        List<String> names = compiled.stream().map(FuncProto::name).toList();
        assertThat(names).contains(mustCompile);
    }

    private static final String LOOPS_AND_CALLS = """
            package main

            type body struct{ x, v float64 }

            func fib(n int) int {
            	if n < 2 {
            		return n
            	}
            	return fib(n-1) + fib(n-2)
            }

            func step(bs []body, dt float64) {
            	for i := range bs {
            		bs[i].x += bs[i].v * dt
            	}
            }

            func main() {
            	sum := 0
            	for i := 0; i < 300; i++ {
            		if i%3 == 0 {
            			continue
            		}
            		sum += i * 2
            	}
            	j := 0
            	for j < 50 {
            		j++
            		sum -= j
            	}
            	bs := make([]body, 4)
            	for i := range bs {
            		bs[i].v = float64(i) + 0.5
            	}
            	for k := 0; k < 20; k++ {
            		step(bs, 0.01)
            	}
            	println(sum, fib(12), bs[3].x > 0.6)
            }
            """;

    @Test
    void steppingOneUnitAtATimeStopsWhereTheInterpreterStops() {
        sameStepsBothWays(LOOPS_AND_CALLS, 1, "main.main", "main.fib", "main.step");
    }

    @Test
    void preemptionInTheMiddleOfCompiledLoopsSpendsTheSameBudget() {
        for (long budget : new long[] {2, 7, 33, 1000}) {
            sameStepsBothWays(LOOPS_AND_CALLS, budget, "main.main", "main.fib", "main.step");
        }
    }

    private static final String MIX = """
            package main

            func main() {
            	h := 0
            	odd := 0
            	for i := 0; i < 200000; i++ {
            		h = (h*31 + i%7) ^ (h >> 5)
            		if h&1 == 1 {
            			odd++
            		}
            		h &= 0xffffffff
            	}
            	println(h, odd)
            }
            """;

    @Test
    void aLongLoopPreemptedManyTimesComputesWhatTheInterpreterComputes() {
        sameStepsBothWays(MIX, 1000, "main.main");
        sameStepsBothWays(MIX, 77_777, "main.main");
    }

    private static final String CLOSURES = """
            package main

            func apply(f func(int) int, n int) int {
            	s := 0
            	for i := 0; i < n; i++ {
            		s += f(i)
            	}
            	return s
            }

            func call(f func()) (ok bool) {
            	defer func() {
            		if recover() != nil {
            			ok = false
            		}
            	}()
            	f()
            	return true
            }

            func main() {
            	seed := uint32(7)
            	next := func() int {
            		seed = seed*1664525 + 1013904223
            		return int(seed >> 16)
            	}
            	pair := func(a int) (int, int) { return a / 2, a % 2 }
            	total := 0
            	for i := 0; i < 40; i++ {
            		q, r := pair(next() % 100)
            		total += q + r
            	}
            	total += apply(func(x int) int { return x * x }, 30)
            	var nothing func()
            	println(total, call(func() { total++ }), call(nothing), total)
            }
            """;

    @Test
    void codeAfterCallsOfFunctionValuesRunsCompiledAndStopsWhereTheInterpreterStops() {
        for (long budget : new long[] {1, 3, 50, 1000}) {
            sameStepsBothWays(CLOSURES, budget, "main.main", "main.apply", "main.call", "main.main.func1", "main.main.func2");
        }
    }

    private static final String RECOVERED = """
            package main

            func div(a, b int) int {
            	return a / b
            }

            func safe(a, b int) (r int) {
            	defer func() {
            		if e := recover(); e != nil {
            			println("recovered:", e.(error).Error())
            			r = -1
            		}
            	}()
            	return div(a, b)
            }

            func main() {
            	x := 0
            	for i := 0; i < 4; i++ {
            		x += safe(12, i-1)
            	}
            	println("x =", x)
            	var s []int
            	for i := 0; i < 3; i++ {
            		s = append(s, i)
            	}
            	println(s[len(s)-1+1])
            }
            """;

    @Test
    void aPanicInCompiledCodeIsRecoveredByADeferredCallAndAnotherKillsTheProgramAsInterpreted() {
        sameStepsBothWays(RECOVERED, 1, "main.div", "main.safe", "main.main");
        sameStepsBothWays(RECOVERED, 1000, "main.div", "main.safe", "main.main");
        List<String> trace = stepped(RECOVERED, 2, 1000, new ArrayList<>());
        assertThat(String.join("\n", trace)).contains("recovered: runtime error: integer divide by zero", "x = 5",
                "panic: runtime error: index out of range [3] with length 3", "main.main(");
    }

    private static final String GOROUTINES = """
            package main

            import (
            	"fmt"
            	"sort"
            	"strings"
            	"sync"
            )

            type shape interface{ area() float64 }
            type sq struct{ s float64 }

            func (q sq) area() float64 { return q.s * q.s }

            var count int

            func main() {
            	var wg sync.WaitGroup
            	var mu sync.Mutex
            	words := map[string]int{}
            	ch := make(chan int, 4)
            	for w := 0; w < 4; w++ {
            		wg.Add(1)
            		go func(w int) {
            			defer wg.Done()
            			total := 0
            			for i := 0; i < 2000; i++ {
            				total += i % (w + 1)
            				count++
            			}
            			mu.Lock()
            			words[strings.Repeat("w", w+1)] += total
            			mu.Unlock()
            			ch <- total
            		}(w)
            	}
            	wg.Wait()
            	close(ch)
            	sum := 0
            	for v := range ch {
            		sum += v
            	}
            	keys := []string{}
            	for k := range words {
            		keys = append(keys, k)
            	}
            	sort.Strings(keys)
            	var shapes []shape
            	for i := 1; i <= 3; i++ {
            		shapes = append(shapes, sq{float64(i)})
            	}
            	a := 0.0
            	for _, s := range shapes {
            		a += s.area()
            	}
            	f := func(x int) int { return x * 3 }
            	fmt.Println(sum, keys, a, f(sum), count > 0)
            }
            """;

    @Test
    void goroutinesChannelsMapsInterfacesAndASharedCounterGiveTheSameRunAtOneAndTwoProcs() throws Exception {
        for (int procs : new int[] {1, 2}) {
            String interpreted = runOnEngine(GOROUTINES, 0, procs);
            String jitted = runOnEngine(GOROUTINES, 2, procs);
            assertThat(jitted).isEqualTo(interpreted);
            assertThat(interpreted).startsWith("exit 0").contains("5999 [w ww www wwww] 14 17997 true");
        }
    }

    @Test
    void modeOnCompilesOnlyWhatIsHotAndGivesTheSameRun() throws Exception {
        String interpreted = runOnEngine(LOOPS_AND_CALLS, 0, 1);
        assertThat(runOnEngine(LOOPS_AND_CALLS, 1, 1)).isEqualTo(interpreted);
        assertThat(interpreted).contains("58725 144 true");
    }

    @Test
    void aFunctionTooLongForTheJvmsCompilerStaysInterpretedAndRunsTheSame() throws Exception {
        // main is 5,000 nested calls, longer than HotSpot would ever compile; id is tiny.
        String src = "package main\n\nfunc id(x int) int { return x }\n\nfunc main() {\n\tprintln("
                + "id(".repeat(5000) + "7" + ")".repeat(5000) + ")\n}\n";
        List<FuncProto> compiled = new ArrayList<>();
        List<String> jitted = stepped(src, 2, 1_000_000, compiled);
        assertThat(jitted).isEqualTo(stepped(src, 0, 1_000_000, new ArrayList<>()));
        assertThat(compiled).extracting(FuncProto::name).contains("main.id").doesNotContain("main.main");
    }

    private static final String MATH = """
            package main

            import (
            	"fmt"
            	"math"
            )

            func norm(xs []float64) float64 {
            	s := 0.0
            	for _, x := range xs {
            		s += x * x
            	}
            	return math.Sqrt(s)
            }

            func main() {
            	neg := math.Copysign(0, -1)
            	xs := []float64{0, neg, 1, 2, -1, 2.5, 1e-310, math.Inf(1), math.Inf(-1), math.NaN()}
            	for _, x := range xs {
            		r := math.Sqrt(x)
            		fmt.Println(x, r, math.Signbit(r), math.Float64bits(r), math.Floor(x), math.Abs(x), math.Log(x),
            			math.Sin(x), math.Round(x), math.Trunc(x))
            	}
            	var i interface{} = math.Sqrt(2)
            	t := 0.0
            	for k := 0; k < 2000; k++ {
            		t += math.Sqrt(float64(k)) + norm(xs[2:6])
            	}
            	fmt.Println(i, t)
            }
            """;

    @Test
    void mathFunctionsCalledDirectlyByCompiledCodeGiveWhatTheNativeCallGives() throws Exception {
        String interpreted = runOnEngine(MATH, 0, 1);
        assertThat(runOnEngine(MATH, 2, 1)).isEqualTo(interpreted);
        assertThat(interpreted).startsWith("exit 0").contains("-0 -0 true 9223372036854775808 -0 0 -Inf -0 -0 -0")
                .contains("NaN NaN false").contains("1.4142135623730951 ");
        for (long budget : new long[] {1, 3, 1000}) {
            List<FuncProto> compiled = new ArrayList<>();
            List<String> jitted = stepped(MATH, 2, budget, compiled, new StdlibLinker());
            assertThat(jitted).isEqualTo(stepped(MATH, 0, budget, new ArrayList<>(), new StdlibLinker()));
            assertThat(compiled).extracting(FuncProto::name).contains("main.main", "main.norm");
        }
    }

    private static java.util.Map<String, Class<?>> classesOf(String src) {
        List<FuncProto> compiled = new ArrayList<>();
        stepped(src, 2, 1000, compiled);
        java.util.Map<String, Class<?>> classes = new java.util.TreeMap<>();
        compiled.forEach(f -> classes.put(f.name(), f.jitCode.getClass()));
        return classes;
    }

    /**
     * A program compiled again (the window's Run pressed again, explore's schedules, the bench's
     * runs) runs the classes its first compile defined, whose JVM code is already compiled; a
     * function whose code changed gets a class of its own, and the run is the same either way.
     */
    @Test
    void aProgramCompiledAgainRunsTheClassesItsFirstCompileDefined() throws Exception {
        java.util.Map<String, Class<?>> first = classesOf(LOOPS_AND_CALLS);
        assertThat(first).containsKeys("main.main", "main.fib", "main.step");
        assertThat(classesOf(LOOPS_AND_CALLS)).isEqualTo(first);
        String changed = LOOPS_AND_CALLS.replace("bs[i].x += bs[i].v * dt", "bs[i].x -= bs[i].v * dt");
        java.util.Map<String, Class<?>> again = classesOf(changed);
        assertThat(again.get("main.fib")).isSameAs(first.get("main.fib"));
        assertThat(again.get("main.step")).isNotSameAs(first.get("main.step"));
        assertThat(runOnEngine(changed, 2, 1)).isEqualTo(runOnEngine(changed, 0, 1)).contains("false");
        assertThat(runOnEngine(LOOPS_AND_CALLS, 2, 1)).isEqualTo(runOnEngine(LOOPS_AND_CALLS, 0, 1)).contains("true");
    }
}
