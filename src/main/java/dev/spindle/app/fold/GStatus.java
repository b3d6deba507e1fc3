package dev.spindle.app.fold;

/** A goroutine's state as Go names it in crash dumps and traces. */
public enum GStatus {
    RUNNABLE("runnable"),
    RUNNING("running"),
    WAITING("waiting"),
    DEAD("dead");

    private final String text;

    GStatus(String text) {
        this.text = text;
    }

    /** Go's word for the state. */
    public String text() {
        return text;
    }
}
