package dev.spindle.runtime.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An outcome's stderr headline is the program's own, not the race detector's report. */
class OwnFirstLineTest {
    @Test
    void raceReportsAndTheirClosingLineAreSkipped() {
        String report = "==================\nWARNING: DATA RACE\nWrite at 0x00c000010010 by goroutine 7:\n  main.f()\n"
                + "      /p.go:3 +0x6\n\nGoroutine 7 (running) created at:\n  main.main()\n      /p.go:9 +0x1\n"
                + "==================\n";
        assertThat(Explorer.ownFirstLine(report + "panic: boom\n\ngoroutine 1 [running]:\n")).isEqualTo("panic: boom");
        assertThat(Explorer.ownFirstLine(report + report + "Found 2 data race(s)\n")).isEmpty();
        assertThat(Explorer.ownFirstLine("fatal error: all goroutines are asleep - deadlock!\n"))
                .isEqualTo("fatal error: all goroutines are asleep - deadlock!");
        assertThat(Explorer.ownFirstLine("")).isEmpty();
    }
}
