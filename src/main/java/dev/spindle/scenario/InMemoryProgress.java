package dev.spindle.scenario;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/** A {@link ProgressStore} that forgets on exit: for tests and headless runs. */
public final class InMemoryProgress implements ProgressStore {
    private final Map<String, Status> status = new HashMap<>();
    private final Map<String, Integer> predictions = new HashMap<>();

    @Override
    public Status status(String lessonKey) {
        return status.getOrDefault(lessonKey, Status.NOT_STARTED);
    }

    @Override
    public void setStatus(String lessonKey, Status s) {
        status.put(lessonKey, s);
    }

    @Override
    public OptionalInt prediction(String lessonKey) {
        Integer c = predictions.get(lessonKey);
        return c == null ? OptionalInt.empty() : OptionalInt.of(c);
    }

    @Override
    public void setPrediction(String lessonKey, int choice) {
        predictions.put(lessonKey, choice);
    }
}
