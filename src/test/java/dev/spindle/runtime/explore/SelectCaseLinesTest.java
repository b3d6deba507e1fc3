package dev.spindle.runtime.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.Chooser;
import dev.spindle.runtime.Decision;
import dev.spindle.runtime.DecisionKind;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.trace.EventLog;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A choice among a select's ready cases points at each case's own line (what "You schedule"
 * marks in the code), not only at the select statement.
 */
class SelectCaseLinesTest {
    private static final String TWO_READY = """
            package main

            import "fmt"

            func main() {
            	a := make(chan int, 1)
            	b := make(chan int, 1)
            	a <- 1
            	b <- 2
            	select {
            	case v := <-a:
            		fmt.Println("a", v)
            	case v := <-b:
            		fmt.Println("b", v)
            	}
            }
            """;

    @Test
    void theSelectCaseDecisionCarriesEachReadyCasesLine() throws Exception {
        var compiled = Frontend.compile("prog.go", TWO_READY);
        assertThat(compiled.ok()).isTrue();
        List<Decision> seen = new ArrayList<>();
        Chooser first = new Chooser() {
            @Override
            public int choose(Decision d) {
                seen.add(d);
                return 0;
            }

            @Override
            public Model model() {
                return Model.FREE;
            }
        };
        var engine = GoProgram.engine(compiled.program(),
                EngineConfig.of(1, 1, new ByteArrayOutputStream(), new ByteArrayOutputStream()), EventLog.discarding(), first);
        engine.start();
        engine.await();
        Decision select = seen.stream().filter(d -> d.kind() == DecisionKind.SELECT_CASE).findFirst().orElseThrow();
        assertThat(select.lines()).containsExactly(11, 13);
    }
}
