package dev.spindle.app.history;

/** Something worth pointing at on a row: event {@code seq} at {@code time} on P {@code p} (-1: the whole run) about goroutine {@code g}. */
public record Mark(Kind kind, long time, int seq, int p, long g) {
    public enum Kind {
        STEAL("steal"),
        PREEMPT("preemption"),
        PANIC("panic"),
        DEADLOCK("deadlock"),
        RACE("race");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        /** The word for it, also its style class suffix ({@code timeline-mark-steal}). */
        public String text() {
            return text;
        }
    }
}
