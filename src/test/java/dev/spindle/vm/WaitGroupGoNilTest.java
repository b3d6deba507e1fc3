package dev.spindle.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code wg.Go(nil)} as Go 1.25 does it: its Go is {@code wg.Add(1); go func() { … f() }()},
 * so the call returns, the caller cannot recover anything, and the new goroutine dies of
 * the nil call (exit 2). Go 1.25 prints the panic line with {@code [recovered, repanicked]}
 * after it (its Go recovers and re-panics); Spindle prints the panic itself.
 */
class WaitGroupGoNilTest {
    @Test
    void theNewGoroutineDiesOfTheNilCallNotTheCaller() throws InterruptedException {
        String src = """
                package main

                import (
                	"fmt"
                	"sync"
                	"time"
                )

                func main() {
                	defer func() { fmt.Println("recovered in main:", recover()) }()
                	var wg sync.WaitGroup
                	wg.Go(nil)
                	fmt.Println("Go returned")
                	time.Sleep(time.Second)
                	wg.Wait()
                	fmt.Println("not reached")
                }
                """;
        Frontend.Result r = Frontend.compile("prog.go", src);
        assertThat(r.errors()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoProgram.run(r.program(), EngineConfig.of(2, 1, out, err)).exitCode();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Go returned\n");
        assertThat(code).isEqualTo(2);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(stderr).startsWith("panic: runtime error: invalid memory address or nil pointer dereference\n");
        assertThat(stderr).contains("sync.(*WaitGroup).Go.func1(").doesNotContain("goroutine 1 [running]");
    }
}
