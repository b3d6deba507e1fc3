package dev.spindle.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A lesson that could not be loaded, with every problem found (not just the first). */
public final class LessonException extends Exception {
    private final transient List<LessonProblem> problems;

    public LessonException(List<LessonProblem> problems) {
        super(problems.stream().map(LessonProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<LessonProblem> problems() {
        return problems;
    }
}
