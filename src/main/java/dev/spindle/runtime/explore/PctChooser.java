package dev.spindle.runtime.explore;

import dev.spindle.runtime.Chooser;
import dev.spindle.runtime.Decision;
import dev.spindle.runtime.DecisionKind;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One PCT run (see {@link Strategy#PCT}): priorities per goroutine, drawn when a goroutine is
 * first a candidate; {@code depth - 1} change points among the first {@code steps} NEXT_OP
 * decisions. Other decisions are uniform. Free model.
 */
final class PctChooser implements Chooser {

    private final SplittableRandom random;
    private final Map<Long, Integer> priority = new HashMap<>();
    private final int[] changeAt;
    private int step;

    PctChooser(long seed, int depth, int steps) {
        this.random = new SplittableRandom(seed);
        this.changeAt = new int[Math.max(0, depth - 1)];
        for (int i = 0; i < changeAt.length; i++) {
            changeAt[i] = 1 + random.nextInt(Math.max(1, steps));
        }
    }

    @Override
    public int choose(Decision d) {
        if (d.kind() != DecisionKind.NEXT_OP) {
            return random.nextInt(d.options());
        }
        step++;
        int best = highest(d);
        for (int i = 0; i < changeAt.length; i++) {
            if (changeAt[i] == step) {
                // A change point: the goroutine about to go drops below every initial priority.
                priority.put(d.goroutines()[best], i);
                best = highest(d);
            }
        }
        return best;
    }

    private int highest(Decision d) {
        int best = 0;
        int bestPriority = Integer.MIN_VALUE;
        for (int i = 0; i < d.options(); i++) {
            int pr = priority.computeIfAbsent(d.goroutines()[i], g -> changeAt.length + 1 + random.nextInt(1 << 20));
            if (pr > bestPriority) {
                bestPriority = pr;
                best = i;
            }
        }
        return best;
    }

    @Override
    public Model model() {
        return Model.FREE;
    }

    int steps() {
        return step;
    }
}
