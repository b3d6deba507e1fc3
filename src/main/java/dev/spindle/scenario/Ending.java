package dev.spindle.scenario;

/**
 * How a lesson's program is meant to end. Most end normally; some exist to show a crash,
 * and for those the crash is the success (tests and the CLI check it).
 */
public enum Ending {
    /** main returns: exit status 0. */
    NORMALLY("normally", 0),
    /** an unrecovered panic (or a fatal error such as a negative WaitGroup counter): exit status 2. */
    PANIC("panic", 2),
    /** "all goroutines are asleep - deadlock!": exit status 2. */
    DEADLOCK("deadlock", 2);

    private final String word;
    private final int exitCode;

    Ending(String word, int exitCode) {
        this.word = word;
        this.exitCode = exitCode;
    }

    /** The word used in lesson.yaml's {@code ends} field. */
    public String word() {
        return word;
    }

    /** The exit status Go gives a program that ends this way. */
    public int exitCode() {
        return exitCode;
    }

    static Ending ofWord(String word) {
        for (Ending e : values()) {
            if (e.word.equals(word)) {
                return e;
            }
        }
        return null;
    }
}
