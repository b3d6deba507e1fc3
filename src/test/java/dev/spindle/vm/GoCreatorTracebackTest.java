package dev.spindle.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * "created by" names the function that holds the go statement, as Go does ({@code
 * runtime.newproc} records its caller), not the function the parent goroutine started in:
 * a helper that spawns ({@code main.spawn}) and a go statement inside a literal ({@code
 * main.main.func1}), also after the parent goroutine has ended. Go 1.19 prints {@code created
 * by main.spawn} for the first program below (Spindle adds Go 1.21's "in goroutine N").
 */
class GoCreatorTracebackTest {
    private static String stderrOf(String src) throws InterruptedException {
        Frontend.Result r = Frontend.compile("prog.go", src);
        assertThat(r.errors()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoProgram.run(r.program(), EngineConfig.of(2, 1, out, err)).exitCode();
        assertThat(code).isEqualTo(2);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGoStatementInAHelperOfAnEndedGoroutineNamesTheHelper() throws InterruptedException {
        String stderr = stderrOf("""
                package main

                import "time"

                func worker() {
                	panic("boom")
                }

                func spawn() {
                	go worker()
                }

                func main() {
                	go func() {
                		spawn()
                	}()
                	time.Sleep(time.Second)
                }
                """);
        assertThat(stderr).contains("""
                main.worker(...)
                	prog.go:6
                created by main.spawn in goroutine""");
        assertThat(stderr).contains("\tprog.go:10 +0x0\n");
    }

    @Test
    void aGoStatementInALiteralNamesTheLiteral() throws InterruptedException {
        String stderr = stderrOf("""
                package main

                import "time"

                func main() {
                	f := func() {
                		go func() {
                			panic("inner")
                		}()
                	}
                	f()
                	time.Sleep(time.Second)
                }
                """);
        assertThat(stderr).contains("""
                main.main.func1.1(...)
                	prog.go:8
                created by main.main.func1 in goroutine 1
                	prog.go:7 +0x0
                """);
    }

    @Test
    void aDeadlockNamesTheSpawningFunction() throws InterruptedException {
        String stderr = stderrOf("""
                package main

                func wait(ch chan int) {
                	<-ch
                }

                func spawn(ch chan int) {
                	go wait(ch)
                }

                func main() {
                	ch := make(chan int)
                	spawn(ch)
                	select {}
                }
                """);
        assertThat(stderr).startsWith("fatal error: all goroutines are asleep - deadlock!");
        assertThat(stderr).contains("""
                main.wait(...)
                	prog.go:4
                created by main.spawn in goroutine 1
                	prog.go:8 +0x0
                """);
    }
}
