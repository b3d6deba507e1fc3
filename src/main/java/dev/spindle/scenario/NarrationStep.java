package dev.spindle.scenario;

import java.util.List;

/**
 * One sentence of narration, shown when its event pattern matches, optionally highlighting
 * lines of main.go and goroutine tokens (by goroutine id: main is 1, the first one started is 7).
 */
public record NarrationStep(EventPattern when, String say, List<Integer> lines, List<Long> goroutines) {

    public NarrationStep {
        lines = List.copyOf(lines);
        goroutines = List.copyOf(goroutines);
    }
}
