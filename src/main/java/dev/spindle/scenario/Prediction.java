package dev.spindle.scenario;

import java.util.List;

/**
 * The question a student answers before the first Play.
 *
 * @param answer the right choice, counting from 1 as the choices are shown
 * @param outcomes for each choice, how many distinct outcomes (outputs) it says the program
 *     can have, so that the explorer's count can judge it; empty when the lesson does not say
 */
public record Prediction(String question, List<String> choices, int answer, String explanation, List<Integer> outcomes) {

    public Prediction {
        choices = List.copyOf(choices);
        outcomes = List.copyOf(outcomes);
        if (answer < 1 || answer > choices.size()) {
            throw new IllegalArgumentException("answer " + answer + " is not one of the " + choices.size() + " choices");
        }
        if (!outcomes.isEmpty() && outcomes.size() != choices.size()) {
            throw new IllegalArgumentException(outcomes.size() + " outcome counts for " + choices.size() + " choices");
        }
    }

    public Prediction(String question, List<String> choices, int answer, String explanation) {
        this(question, choices, answer, explanation, List.of());
    }

    /** How many outcomes choice {@code n} (from 1) allows; 0 when the lesson does not say. */
    public int outcomesOf(int n) {
        return outcomes.isEmpty() || n < 1 || n > outcomes.size() ? 0 : outcomes.get(n - 1);
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
