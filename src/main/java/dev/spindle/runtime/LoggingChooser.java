package dev.spindle.runtime;

import java.io.PrintStream;

/**
 * Wraps a chooser and writes each decision, its options and the one taken, one line each
 * ({@code spindle run --decisions}): how a reader sees what a schedule token means.
 */
public final class LoggingChooser implements Chooser {

    private final Chooser inner;
    private final PrintStream out;
    private int n;

    public LoggingChooser(Chooser inner, PrintStream out) {
        this.inner = inner;
        this.out = out;
    }

    @Override
    public int choose(Decision d) {
        int c = inner.choose(d);
        StringBuilder b = new StringBuilder("decision ").append(n++).append(' ').append(d.kind()).append(": ");
        for (int i = 0; i < d.options(); i++) {
            b.append(i == 0 ? "" : " | ").append(i == c ? "[" : "").append(i).append(' ').append(d.label(i))
                    .append(i == c ? "]" : "");
        }
        out.println(b);
        return c;
    }

    @Override
    public void applied(long goroutine, Footprint footprint) {
        inner.applied(goroutine, footprint);
    }

    @Override
    public Model model() {
        return inner.model();
    }
}
