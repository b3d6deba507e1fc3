package dev.spindle.runtime;

import java.util.function.IntFunction;

/**
 * One choice the engine asks its {@link Chooser} to make: its kind, how many options it has
 * (at least 2: a choice with one option is never asked), a label for each option as a person
 * would read it ("P1: G8 print"), and for {@link DecisionKind#NEXT_OP} and
 * {@link DecisionKind#RUN_NEXT} the goroutine behind each option (explorers such as PCT rank
 * goroutines; a person choosing clicks their tokens). Made by the coordinator only.
 *
 * @param kind        what is being chosen
 * @param options     number of options, {@code >= 2}
 * @param labels      option index to a short description, computed only when asked for
 * @param goroutines  for NEXT_OP and RUN_NEXT, the goroutine id of each option; otherwise null
 * @param lines       the source line each option's goroutine stands at (NEXT_OP: its waiting
 *                    operation; SELECT_CASE: each ready case), 0 where unknown; null when not given.
 *                    A person choosing sees them marked in the code.
 * @param footprints  for NEXT_OP, what each option's operation touches (an explorer's sleep
 *                    sets skip orders of operations that commute); otherwise null
 */
public record Decision(DecisionKind kind, int options, IntFunction<String> labels, long[] goroutines, int[] lines,
                       Footprint[] footprints) {

    public Decision {
        if (options < 2) {
            throw new IllegalArgumentException("a decision needs at least two options");
        }
    }

    /** A decision without footprints. */
    public Decision(DecisionKind kind, int options, IntFunction<String> labels, long[] goroutines, int[] lines) {
        this(kind, options, labels, goroutines, lines, null);
    }

    /** A decision without source lines. */
    public Decision(DecisionKind kind, int options, IntFunction<String> labels, long[] goroutines) {
        this(kind, options, labels, goroutines, null, null);
    }

    public String label(int option) {
        return labels.apply(option);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind.name()).append(" [");
        for (int i = 0; i < options; i++) {
            b.append(i == 0 ? "" : ", ").append(i).append(": ").append(label(i));
        }
        return b.append(']').toString();
    }
}
