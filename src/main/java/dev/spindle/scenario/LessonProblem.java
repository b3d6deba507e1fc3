package dev.spindle.scenario;

/**
 * One thing wrong with a lesson, said the way compilers say it:
 * {@code lessons/02-waitgroup/lesson.yaml:12:9: narration[2].when: unknown event "stael"}.
 *
 * @param file   the file as the teacher knows it (folder name + file name)
 * @param line   1-based line, 0 when the problem is about the file as a whole
 * @param column 1-based column, 0 when unknown
 * @param field  the field's path in the metadata ({@code prediction.answer}, {@code narration[3].when}), "" for none
 * @param message what is wrong, in plain words
 */
public record LessonProblem(String file, int line, int column, String field, String message) {

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (!field.isEmpty()) {
            b.append(field).append(": ");
        }
        return b.append(message).toString();
    }
}
