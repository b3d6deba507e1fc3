package dev.spindle.scenario;

import dev.spindle.lang.compile.Frontend;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a lesson's program with Spindle's own front end, so that a lesson that does not
 * compile is caught when it is loaded or checked, with the compiler's message placed in the
 * lesson's folder ({@code lessons/02-waitgroup/main.go:12:3: undefined: wg}).
 */
public final class LessonCompiler {
    private static final Pattern POSITIONED = Pattern.compile("[^:]*:(\\d+):(\\d+): (.*)");

    private LessonCompiler() {}

    /** The compiled program, or a LessonException with every compile error. */
    public static Frontend.Result compile(Lesson lesson) throws LessonException {
        Frontend.Result r;
        try {
            r = Frontend.compile(lesson.sourceName(), lesson.source());
        } catch (RuntimeException | StackOverflowError e) {
            throw new LessonException(List.of(new LessonProblem(shownName(lesson), 0, 0, "",
                    "spindle internal compiler error: " + e)));
        }
        if (r.ok()) {
            return r;
        }
        throw problems(lesson, r.errors());
    }

    /**
     * Compiles every program of {@code lesson} (each variant of a gallery), reporting the
     * compile errors of all of them: what checking a lesson folder means.
     */
    public static void check(Lesson lesson) throws LessonException {
        List<LessonProblem> problems = new ArrayList<>();
        for (Lesson program : lesson.programs()) {
            try {
                compile(program);
            } catch (LessonException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new LessonException(problems);
        }
    }

    /**
     * Go's compile errors for {@code lesson}'s program ({@code main.go:12:3: undefined: wg}),
     * placed in the lesson's folder, for a caller that compiled the source itself.
     */
    public static LessonException problems(Lesson lesson, List<String> errors) {
        List<LessonProblem> problems = new ArrayList<>();
        for (String err : errors) {
            Matcher m = POSITIONED.matcher(err);
            if (m.matches()) {
                problems.add(new LessonProblem(shownName(lesson), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), "", m.group(3)));
            } else {
                problems.add(new LessonProblem(shownName(lesson), 0, 0, "", err));
            }
        }
        return new LessonException(problems);
    }

    private static String shownName(Lesson lesson) {
        return lesson.origin().endsWith(".go") ? lesson.origin() : lesson.origin() + "/" + lesson.sourceName();
    }
}
