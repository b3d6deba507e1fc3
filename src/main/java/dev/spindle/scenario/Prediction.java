package dev.spindle.scenario;

import java.util.List;

/**
 * The question a student answers before the first Play.
 *
 * @param answer the right choice, counted from 1 as the choices are shown
 */
public record Prediction(String question, List<String> choices, int answer, String explanation) {

    public Prediction {
        choices = List.copyOf(choices);
        if (answer < 1 || answer > choices.size()) {
            throw new IllegalArgumentException("answer " + answer + " is not one of the " + choices.size() + " choices");
        }
    }

    /** Whether choice {@code n} (from 1) is the right one. */
    public boolean isRight(int n) {
        return n == answer;
    }

    /** The text of the right choice. */
    public String rightChoice() {
        return choices.get(answer - 1);
    }
}
