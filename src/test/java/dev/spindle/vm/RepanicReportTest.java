package dev.spindle.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Go 1.25's crash report for a panic recovered and raised again: the same value prints once,
 * {@code panic: V [recovered, repanicked]}; another value prints the chain as before
 * ({@code [recovered]}, then a tab and the new panic).
 */
class RepanicReportTest {
    private static String stderrOf(String body) throws InterruptedException {
        String src = "package main\n\nimport \"errors\"\n\nvar _ = errors.New\n\nfunc main() {\n" + body + "\n}\n";
        Frontend.Result r = Frontend.compile("prog.go", src);
        assertThat(r.errors()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoProgram.run(r.program(), EngineConfig.of(1, 1, out, err)).exitCode();
        assertThat(code).isEqualTo(2);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSameValuePanickedAgainPrintsOneRepanickedLine() throws InterruptedException {
        assertThat(stderrOf("""
                	defer func() {
                		r := recover()
                		panic(r)
                	}()
                	panic("boom")
                """)).startsWith("panic: boom [recovered, repanicked]\n\ngoroutine 1 [running]:\n");
        assertThat(stderrOf("""
                	defer func() {
                		if err, ok := recover().(error); ok {
                			panic(err)
                		}
                	}()
                	panic(errors.New("bad"))
                """)).startsWith("panic: bad [recovered, repanicked]\n\ngoroutine 1 [running]:\n");
    }

    @Test
    void anotherValueKeepsTheChain() throws InterruptedException {
        assertThat(stderrOf("""
                	defer func() {
                		r := recover()
                		panic(r.(string) + " again")
                	}()
                	panic("boom")
                """)).startsWith("panic: boom [recovered]\n\tpanic: boom again\n\ngoroutine 1 [running]:\n");
    }
}
