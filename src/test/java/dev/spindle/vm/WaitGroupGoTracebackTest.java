package dev.spindle.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A goroutine started by {@code wg.Go(f)} dies or deadlocks with Go 1.25's traceback: Go's
 * WaitGroup.Go is {@code wg.Add(1); go func() { defer wg.Done(); f() }()} (waitgroup.go:237
 * and 239), so under f's frames comes {@code sync.(*WaitGroup).Go.func1()} and the creator is
 * {@code sync.(*WaitGroup).Go}, not the function that called wg.Go.
 */
class WaitGroupGoTracebackTest {
    private static String stderrOf(String src, int exit) throws InterruptedException {
        Frontend.Result r = Frontend.compile("prog.go", src);
        assertThat(r.errors()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoProgram.run(r.program(), EngineConfig.of(2, 1, out, err)).exitCode();
        assertThat(code).isEqualTo(exit);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPanicInFNamesWaitGroupGoAsTheCreator() throws InterruptedException {
        String stderr = stderrOf("""
                package main

                import "sync"

                func work(n int) {
                	if n == 0 {
                		panic("boom")
                	}
                	work(n - 1)
                }

                func main() {
                	var wg sync.WaitGroup
                	wg.Go(func() {
                		work(1)
                	})
                	wg.Wait()
                }
                """, 2);
        assertThat(stderr).isEqualTo("""
                panic: boom

                goroutine 7 [running]:
                main.work(...)
                	prog.go:7
                main.work(...)
                	prog.go:9
                main.main.func1(...)
                	prog.go:15
                sync.(*WaitGroup).Go.func1(...)
                	/usr/local/go/src/sync/waitgroup.go:239
                created by sync.(*WaitGroup).Go in goroutine 1
                	/usr/local/go/src/sync/waitgroup.go:237 +0x0

                """);
    }

    @Test
    void aDeadlockShowsTheSameFramesAndAGoStatementKeepsItsOwn() throws InterruptedException {
        String stderr = stderrOf("""
                package main

                import "sync"

                func main() {
                	var wg sync.WaitGroup
                	ch := make(chan int)
                	wg.Go(func() {
                		<-ch
                	})
                	go func() {
                		<-ch
                	}()
                	wg.Wait()
                }
                """, 2);
        assertThat(stderr).contains("""
                main.main.func1(...)
                	prog.go:9
                sync.(*WaitGroup).Go.func1(...)
                	/usr/local/go/src/sync/waitgroup.go:239
                created by sync.(*WaitGroup).Go in goroutine 1
                	/usr/local/go/src/sync/waitgroup.go:237 +0x0
                """).contains("""
                main.main.func2(...)
                	prog.go:12
                created by main.main in goroutine 1
                	prog.go:11 +0x0
                """);
    }
}
