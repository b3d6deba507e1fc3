package dev.spindle.lang.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Literals nested past {@link Compiler#MAX_LITERAL_NESTING} are compiled after their parent
 * instead of inside it. The program must not notice: the functions come out in the order of
 * compiling each literal in place (parent, its literals depth first, then the next sibling;
 * the disassembler prints them so), and the program runs as Go runs it (Go 1.19: "44 sibling1").
 */
class DeepLiteralsCompileTest {
    @Test
    void literalsFortyDeepKeepTheirOrderAndMeaning() throws InterruptedException {
        int n = 40;
        String expr = "x + g";
        for (int i = 0; i < n; i++) {
            expr = "func() int { return " + expr + " + 1 }()";
        }
        String src = "package main\n\nimport \"fmt\"\n\nvar g = 3\n\nfunc main() {\n\tx := 1\n\tr := " + expr
                + "\n\ts := func() string { p := fmt.Sprint; return p(\"sibling\", x) }()\n\tfmt.Println(r, s)\n}\n";
        Frontend.Result r = Frontend.compile("prog.go", src);
        assertThat(r.errors()).isEmpty();

        List<String> expected = new ArrayList<>(List.of("runtime.main", "main.main"));
        StringBuilder name = new StringBuilder("main.main.func1");
        for (int i = 0; i < n; i++) {
            expected.add(name.toString());
            name.append(".1");
        }
        expected.add("main.main.func2");
        expected.add("fmt.Sprint");
        List<String> names = r.program().functions().stream().map(FuncProto::name)
                .filter(s -> s.startsWith("main.") || s.equals("runtime.main") || s.equals("fmt.Sprint")).toList();
        assertThat(names).isEqualTo(expected);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoProgram.run(r.program(), EngineConfig.of(1, 1, out, err)).exitCode();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("44 sibling1\n");
    }
}
