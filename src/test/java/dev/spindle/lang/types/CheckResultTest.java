package dev.spindle.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.syntax.Pos;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckResultTest {

    private static CheckResult withErrors(int n) {
        List<TypeError> errs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            errs.add(new TypeError(new Pos(i, 2), "undefined: x" + i));
        }
        return new CheckResult(new Info(), errs);
    }

    @Test
    void fewErrorsArePrintedAsTheyAre() {
        assertThat(withErrors(2).formatted("prog.go"))
                .containsExactly("prog.go:1:2: undefined: x1", "prog.go:2:2: undefined: x2");
    }

    @Test
    void theTenthErrorStopsTheListAsGcDoes() {
        List<String> lines = withErrors(12).formatted("prog.go");
        assertThat(lines).hasSize(11);
        assertThat(lines.get(9)).isEqualTo("prog.go:10:2: undefined: x10");
        assertThat(lines.get(10)).isEqualTo("prog.go:10:2: too many errors");
    }
}
