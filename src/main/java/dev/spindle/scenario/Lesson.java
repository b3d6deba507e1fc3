package dev.spindle.scenario;

import java.util.List;
import java.util.Set;

/**
 * A lesson: a Go program and what to say about it.
 *
 * @param number       position in the course (1..), 0 for a teacher's own lesson
 * @param slug         folder name without the number ({@code waitgroup}), or the file's name
 * @param title        shown in the picker and the panel
 * @param summary      the lesson's text, a paragraph
 * @param concepts     short names of what it teaches, for the picker and {@code spindle lessons}
 * @param ending       how the program is meant to end
 * @param recommended  cores, seed and speed the narration is written for
 * @param prediction   the question before the first Play, or null when there is none
 * @param narration    in order; each step waits for the previous one
 * @param tools        extra instruments for the panel
 * @param compareSeeds seeds "Run with another seed" goes through (empty: any)
 * @param sourceName   the program's file name as errors should show it ({@code main.go})
 * @param source       the Go source text
 * @param origin       where it was loaded from, for messages ({@code lessons/02-waitgroup})
 * @param variants     a gallery lesson's programs (empty for a lesson with one main.go); the
 *                     source, source name and narration above are then those of the chosen one
 * @param variant      which variant is chosen (0-based; 0 when there are none)
 * @param goal         what to make happen in "You schedule" mode, or null when the lesson sets none
 */
public record Lesson(int number, String slug, String title, String summary, List<String> concepts,
                     Ending ending, Recommended recommended, Prediction prediction,
                     List<NarrationStep> narration, Set<Tool> tools, List<Long> compareSeeds,
                     String sourceName, String source, String origin, List<Variant> variants, int variant,
                     Goal goal) {

    public Lesson {
        concepts = List.copyOf(concepts);
        variants = List.copyOf(variants);
        if (variants.isEmpty() ? variant != 0 : variant < 0 || variant >= variants.size()) {
            throw new IllegalArgumentException("variant " + variant + " of " + variants.size());
        }
        narration = List.copyOf(narration);
        tools = Set.copyOf(tools);
        compareSeeds = List.copyOf(compareSeeds);
    }

    public boolean has(Tool tool) {
        return tools.contains(tool);
    }

    /** A stable key for the progress store: the folder name for built-ins. */
    public String key() {
        return number > 0 ? "%02d-%s".formatted(number, slug) : origin;
    }

    /** "2. Waiting with a WaitGroup", as the picker shows it. */
    public String label() {
        return number > 0 ? number + ". " + title : title;
    }

    /** The same lesson with another number (the course order decides the numbers). */
    Lesson withNumber(int n) {
        return new Lesson(n, slug, title, summary, concepts, ending, recommended, prediction, narration, tools,
                compareSeeds, sourceName, source, origin, variants, variant, goal);
    }

    /**
     * The same lesson showing variant {@code index} (0-based) of its gallery: that variant's
     * program and narration. Progress and the prediction stay the lesson's.
     */
    public Lesson variant(int index) {
        if (index < 0 || index >= variants.size()) {
            throw new IndexOutOfBoundsException("lesson " + label() + " has " + variants.size() + " variants, not " + (index + 1));
        }
        Variant v = variants.get(index);
        return new Lesson(number, slug, title, summary, concepts, v.ending(), recommended, prediction, v.narration(), tools,
                compareSeeds, v.sourceName(), v.source(), origin, variants, index, goal);
    }

    /** Every program this lesson runs: each variant, or the lesson itself when it has none. */
    public List<Lesson> programs() {
        return variants.isEmpty() ? List.of(this)
                : java.util.stream.IntStream.range(0, variants.size()).mapToObj(this::variant).toList();
    }

    /** Whether {@code other} is this lesson, whichever variant each shows. */
    public boolean sameLesson(Lesson other) {
        return other != null && key().equals(other.key());
    }
}
