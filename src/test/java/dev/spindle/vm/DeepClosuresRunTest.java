package dev.spindle.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * 25,000 closures nested in one another run as Go runs them (Go prints 1). Loading the
 * program once overflowed the Java stack (ProgramLoader linked each literal's proto inside
 * its parent's) and printed a Java StackOverflowError trace.
 */
class DeepClosuresRunTest {
    @Test
    void twentyFiveThousandNestedClosuresRun() throws InterruptedException {
        int n = 25_000;
        String src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tfmt.Println("
                + "func() int { return ".repeat(n) + "x" + " }()".repeat(n) + ")\n}\n";
        Frontend.Result r = Frontend.compile("prog.go", src);
        assertThat(r.errors()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoProgram.run(r.program(), EngineConfig.of(2, 1, out, err)).exitCode();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("1\n");
    }

    /**
     * The shape: each level declares its literal with {@code :=} and calls it, the
     * innermost reads a variable 25,000 literals out, each level adds 1 (Go 1.19 prints 307
     * for 300 levels of the same generator; it takes 65 s to compile 25,000).
     */
    @Test
    void twentyFiveThousandNamedNestedClosuresEachCallingTheNextRun() throws InterruptedException {
        int n = 25_000;
        String code = "return base";
        for (int i = 0; i < n; i++) {
            code = "g" + i + " := func() int { " + code + " }; return g" + i + "() + 1";
        }
        String src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tbase := 7\n\tf := func() int { " + code
                + " }\n\tfmt.Println(f())\n}\n";
        Frontend.Result r = Frontend.compile("prog.go", src);
        assertThat(r.errors()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code2 = GoProgram.run(r.program(), EngineConfig.of(2, 1, out, err)).exitCode();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code2).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo((7 + n) + "\n");
    }
}
