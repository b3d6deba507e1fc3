package dev.spindle.scenario;

import java.util.List;

/**
 * One sentence of narration, shown when its event pattern matches, optionally pointing at
 * lines of main.go ({@code lines}, from 1) and at goroutine tokens in the yard
 * ({@code goroutines}: see {@link Highlight}, e.g. the goroutine of the matched event).
 */
public record NarrationStep(EventPattern when, String say, List<Integer> lines, List<Highlight> goroutines) {

    public NarrationStep {
        lines = List.copyOf(lines);
        goroutines = List.copyOf(goroutines);
    }

    /** Whether the step points at anything. */
    public boolean highlights() {
        return !lines.isEmpty() || !goroutines.isEmpty();
    }
}
