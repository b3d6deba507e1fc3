package dev.spindle.vm;

/**
 * How compiled code spends its budget without a branch that C2 has never seen taken.
 *
 * <p>Why: the interpreter stops a goroutine when its budget is spent, at a back edge or a call,
 * a few times per slice at most. Compiled as {@code if (--budget <= 0) stop}, each such test's
 * stop side was never taken in the profile C2 compiled from, so C2 left it out ("unstable_if"),
 * and the first real stop at each test threw the whole compiled method away: the frame went
 * back to the JVM's interpreter until C2 had compiled it again (measured: fannkuch and nbody
 * 2–4 such deoptimisations per run, each a second or more of slow code on a loaded machine).
 *
 * <p>How: compiled code compares the budget with a floor kept in a JVM local instead of with 0:
 * {@code if (--budget <= floor) floor = spent(...)}. The floor is at least 0, so a spent budget
 * always takes that side; and it is the multiple of {@link #CHUNK} below the budget, so every
 * test takes it regularly while the JVM profiles the method, and C2 compiles it as an ordinary
 * branch. {@link #spent} gives the next floor, or, when the budget really is spent, parks the
 * frame where the interpreter would stop it and throws {@link #SPENT}; the compiled method's
 * one handler ({@link #caught}) turns that into {@link Stop#BUDGET}. The one test of the
 * budget against 0 is in spent, shared by every compiled function (one profile, taken by the
 * first real stop). Stops are exactly where and when they were.
 */
final class JitBudget {
    private JitBudget() {}

    /** The most budget units between two calls of {@link #spent} in one compiled activation. */
    static final long CHUNK = 64;

    /** Thrown by {@link #spent} and caught in the same compiled method: never seen outside it. */
    static final RuntimeException SPENT = new RuntimeException("budget spent", null, false, false) {
    };

    /**
     * Called when the budget reached the floor: the next floor, or (budget spent) parks the
     * frame at {@code at} ({@code pc | sp << 16}, sp relative to the frame's base; -1 when the
     * state is already on the heap, after a call pushed its frame) and throws {@link #SPENT}.
     */
    static long spent(Goroutine g, Frame f, long budget, int at) {
        if (budget <= 0) {
            if (at != -1) {
                JitGate.park(g, f, at);
            }
            throw SPENT;
        }
        return floor(budget);
    }

    /**
     * The floor below budget: the multiple of {@link #CHUNK} under it, 0 at least. A multiple,
     * not budget - CHUNK, so that a function called often for a few units at a time also
     * crosses floors, at each of its tests in turn, as a long loop does.
     */
    static long floor(long budget) {
        return Math.max((budget - 1) & -CHUNK, 0);
    }

    /**
     * What a compiled method returns for throwable t that one of its instructions raised at
     * {@code at}: a spent budget stops (the frame already parked); anything else is returned
     * with pc and sp put back as the interpreter's locals were, and thrown again there.
     */
    static Object caught(Goroutine g, Frame f, int at, Object t) {
        if (t == SPENT) {
            return Stop.BUDGET;
        }
        JitGate.park(g, f, at);
        return t;
    }
}
