package dev.spindle.vm.host;

/**
 * A goroutine blocked on one channel: as a plain send or receive, or as one case of a select
 * (then {@code caseIndex} says which, and the shared {@code group} flag makes its waiters
 * on other channels stale once one case has fired).
 */
final class Waiter {
    final GState state;
    final int caseIndex;
    final Object value;
    final boolean withOk;
    /** Shared by the waiters of one blocked select: [0] is set when one case fired. Null otherwise. */
    final boolean[] group;

    Waiter(GState state, int caseIndex, Object value, boolean withOk, boolean[] group) {
        this.state = state;
        this.caseIndex = caseIndex;
        this.value = value;
        this.withOk = withOk;
        this.group = group;
    }

    boolean stale() {
        return group != null && group[0];
    }
}
