package dev.spindle.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code wg.Go(nil)} as Go 1.25 does it: its Go is {@code wg.Add(1); go func() { defer
 * wg.Done(); f() }()}, so the call returns, the caller cannot recover anything, and the new
 * goroutine dies of the nil call (exit 2) at waitgroup.go:239, the line of {@code f()} in Go
 * 1.25.5's tracebacks. (Go 1.26 recovers and re-panics there, printing {@code [recovered,
 * repanicked]}; Go 1.25 prints the plain panic line.)
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
        assertThat(stderr).contains("sync.(*WaitGroup).Go.func1(...)\n\t/usr/local/go/src/sync/waitgroup.go:239\n")
                .doesNotContain("goroutine 1 [running]").doesNotContain("recovered");
        assertThat(stderr).endsWith("waitgroup.go:239\ncreated by sync.(*WaitGroup).Go in goroutine 1\n"
                + "\t/usr/local/go/src/sync/waitgroup.go:237 +0x0\n\n");
        assertThat(stderr.split("sync.\\(\\*WaitGroup\\).Go.func1", -1)).hasSize(2); // one frame: the nil call's own
    }
}
