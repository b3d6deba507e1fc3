package dev.spindle.scenario;

import java.util.List;

/**
 * One program of a gallery lesson ({@code variants:} in lesson.yaml): a lesson such as
 * "Deadlocks" shows several small programs, one at a time, each with its own file,
 * a few words about the case, and narration written for that program.
 *
 * @param title      the button's text in the lesson panel ("Send with no receiver")
 * @param summary    what this case shows, under the buttons ("" when none)
 * @param sourceName the program's file in the lesson folder ({@code send-no-receiver.go})
 * @param source     its Go source text
 * @param narration  told in order while this program runs; lines refer to this file
 * @param ending     how this program ends: its own {@code ends:}, else the lesson's
 */
public record Variant(String title, String summary, String sourceName, String source, List<NarrationStep> narration,
                      Ending ending) {

    public Variant {
        narration = List.copyOf(narration);
    }
}
