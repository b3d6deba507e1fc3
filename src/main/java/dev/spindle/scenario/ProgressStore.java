package dev.spindle.scenario;

import java.util.OptionalInt;

/**
 * Where a student's progress is remembered, by lesson key ({@link Lesson#key()}). The app
 * backs it with java.util.prefs (so it survives restarts); tests and the CLI use
 * {@link InMemoryProgress}. Implementations never throw: a store that cannot write keeps
 * going in memory, since losing a tick is better than losing the lesson.
 */
public interface ProgressStore {

    /** How far a student got in one lesson. */
    enum Status { NOT_STARTED, STARTED, COMPLETED }

    Status status(String lessonKey);

    void setStatus(String lessonKey, Status status);

    /** The choice (from 1) the student predicted, if they answered. */
    OptionalInt prediction(String lessonKey);

    void setPrediction(String lessonKey, int choice);

    /** Marks started unless already completed (progress never goes backwards by opening a lesson). */
    default void started(String lessonKey) {
        if (status(lessonKey) == Status.NOT_STARTED) {
            setStatus(lessonKey, Status.STARTED);
        }
    }
}
