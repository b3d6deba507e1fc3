package dev.spindle.scenario;

/** Extra instruments a lesson asks the lesson panel for (lesson.yaml's {@code tools} list). */
public enum Tool {
    /** "Run with another seed": the outputs of two seeds side by side (lesson 2, lesson 7). */
    COMPARE_SEEDS("compare-seeds"),
    /** The kitchen chart: wall time and speedup at 1..N cores, measured by running flat out (lesson 5). */
    KITCHEN_CHART("kitchen-chart"),
    /** Runs with the race detector on, as go run -race: races reported and drawn (lesson 18). */
    RACE_DETECTOR("race-detector"),
    /** The Outcomes panel in front: Explore lists every output the program can print (lesson 21). */
    OUTCOMES("outcomes");

    private final String word;

    Tool(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Every tool's word, for messages: "compare-seeds, kitchen-chart, ...". */
    static String words() {
        return java.util.Arrays.stream(values()).map(Tool::word).collect(java.util.stream.Collectors.joining(", "));
    }

    static Tool ofWord(String word) {
        for (Tool t : values()) {
            if (t.word.equals(word)) {
                return t;
            }
        }
        return null;
    }
}
