package dev.spindle.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Deep stacks keep only a window of Frame objects ({@link FrameSpill}); the frames below are
 * data. What the user sees must not change: results on the way back up, tracebacks, a
 * goroutine that parks deep down and resumes on another round. The golden program
 * {@code vm/deep/deep_stacks.go} covers defers, recover, closures and callbacks.
 */
class DeepStackTest {
    private static Program compile(String src) {
        Frontend.Result r = Frontend.compile("prog.go", src);
        assertThat(r.errors()).isEmpty();
        return r.program();
    }

    @Test
    void aMillionFramesDeepHoldsAWindowOfFrameObjectsAndReturnsTheRightValue() {
        Program p = compile("""
                package main

                func f(n int) int {
                	if n == 0 {
                		return 0
                	}
                	return f(n-1) + 1
                }

                func main() { println(f(1000000)) }
                """);
        Goroutine g = new Machine(p, 1, NativeLinker.NONE, 2_000_000).mainGoroutine();
        Stop s;
        int deepest = 0;
        long mostObjects = 0;
        while ((s = Interpreter.run(g, 50_000)) == Stop.BUDGET) {
            deepest = Math.max(deepest, g.frameDepth());
            mostObjects = Math.max(mostObjects, Arrays.stream(g.frames).filter(Objects::nonNull).count());
        }
        // println is a runtime operation: the value is on the stack, the frames came back.
        assertThat(s).isEqualTo(Stop.RUNTIME_OP);
        assertThat(deepest).isGreaterThan(999_000);
        assertThat(mostObjects).isLessThanOrEqualTo(3L * FrameSpill.WINDOW);
        HostOp.Output o = (HostOp.Output) g.pendingOp();
        assertThat(new String(o.bytes(), StandardCharsets.UTF_8)).isEqualTo("1000000\n");
    }

    @Test
    void aGoroutineThatParksDeepResumesAndItsPanicTracebackNamesTheDeepFrames() throws InterruptedException {
        String src = """
                package main

                import "fmt"

                func wait(n int, c chan int) int {
                	if n == 0 {
                		v := <-c
                		if v == 7 {
                			panic(fmt.Sprint("deep ", v))
                		}
                		return v
                	}
                	return wait(n-1, c) + 1
                }

                func main() {
                	c := make(chan int)
                	done := make(chan int)
                	go func() { done <- wait(100000, c) }()
                	c <- 5
                	fmt.Println(<-done)
                	go func() { done <- wait(100000, c) }()
                	c <- 7
                	fmt.Println(<-done)
                }
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoProgram.run(compile(src), EngineConfig.of(2, 1, out, err)).exitCode();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("100005\n");
        assertThat(code).isEqualTo(2);
        String report = err.toString(StandardCharsets.UTF_8);
        assertThat(report).startsWith("panic: deep 7\n\ngoroutine ");
        assertThat(report).contains("main.wait(...)\n\tprog.go:9\nmain.wait(...)\n\tprog.go:13\n");
        assertThat(report).contains("...additional frames elided...");
        assertThat(report.lines().filter(l -> l.equals("main.wait(...)")).count()).isEqualTo(100);
    }
}
