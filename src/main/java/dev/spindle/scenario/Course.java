package dev.spindle.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in course: the lessons listed, in order, in {@code /lessons/course.txt} on the
 * classpath (a jar cannot list its own folders, so the order file is also the index). A
 * lesson's number is its line in that file, and its folder name must start with that number.
 */
public record Course(List<Lesson> lessons) {

    public Course {
        lessons = List.copyOf(lessons);
    }

    /** Loads every built-in lesson; a broken one is a bug in Spindle, reported with all problems. */
    public static Course builtIn() throws LessonException {
        String index = LessonLoader.resource("/lessons/course.txt", "lessons/course.txt");
        List<Lesson> lessons = new ArrayList<>();
        List<LessonProblem> problems = new ArrayList<>();
        int number = 0;
        int lineNo = 0;
        for (String line : index.lines().toList()) {
            lineNo++;
            String folder = line.strip();
            if (folder.isEmpty() || folder.startsWith("#")) {
                continue;
            }
            number++;
            if (!folder.startsWith("%02d-".formatted(number))) {
                problems.add(new LessonProblem("lessons/course.txt", lineNo, 1, "",
                        "lesson " + number + " of the course is in folder " + folder + "; its name should start with "
                                + "%02d-".formatted(number)));
            }
            try {
                lessons.add(LessonLoader.fromClasspath(folder, number));
            } catch (LessonException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new LessonException(problems);
        }
        return new Course(lessons);
    }

    /** Lesson {@code number} (from 1). */
    public Optional<Lesson> lesson(int number) {
        return number >= 1 && number <= lessons.size() ? Optional.of(lessons.get(number - 1)) : Optional.empty();
    }

    /** The lesson after {@code lesson} in the course, if any. */
    public Optional<Lesson> after(Lesson lesson) {
        return lesson.number() >= 1 ? lesson(lesson.number() + 1) : Optional.empty();
    }

    /** The lesson to offer first: the first one not yet completed (or the last one). */
    public Optional<Lesson> resumeWith(ProgressStore progress) {
        for (Lesson l : lessons) {
            if (progress.status(l.key()) != ProgressStore.Status.COMPLETED) {
                return Optional.of(l);
            }
        }
        return lessons.isEmpty() ? Optional.empty() : Optional.of(lessons.getLast());
    }
}
