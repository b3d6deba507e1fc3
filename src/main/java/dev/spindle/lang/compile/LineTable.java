package dev.spindle.lang.compile;

import java.util.Arrays;

/**
 * Maps a pc to the source position of the instruction there: sorted runs of
 * (start pc, line, column), looked up by binary search. Tracebacks use the line; the UI's
 * per-goroutine line markers use both.
 */
public final class LineTable {
    public static final LineTable EMPTY = new LineTable(new int[0], new int[0], new int[0]);

    private final int[] pcs;
    private final int[] lines;
    private final int[] cols;

    public LineTable(int[] pcs, int[] lines, int[] cols) {
        this.pcs = pcs;
        this.lines = lines;
        this.cols = cols;
    }

    /** The line of the instruction at pc (0 when unknown). */
    public int line(int pc) {
        int i = index(pc);
        return i < 0 ? 0 : lines[i];
    }

    /** The column of the instruction at pc (0 when unknown). */
    public int column(int pc) {
        int i = index(pc);
        return i < 0 ? 0 : cols[i];
    }

    private int index(int pc) {
        int i = Arrays.binarySearch(pcs, pc);
        return i >= 0 ? i : -i - 2;
    }

    /** Accumulates entries in pc order, merging runs on the same position. */
    public static final class Builder {
        private int[] pcs = new int[16];
        private int[] lines = new int[16];
        private int[] cols = new int[16];
        private int n;

        public void add(int pc, int line, int col) {
            if (n > 0 && lines[n - 1] == line && cols[n - 1] == col) {
                return;
            }
            if (n > 0 && pcs[n - 1] == pc) {
                n--;
            }
            if (n == pcs.length) {
                pcs = Arrays.copyOf(pcs, n * 2);
                lines = Arrays.copyOf(lines, n * 2);
                cols = Arrays.copyOf(cols, n * 2);
            }
            pcs[n] = pc;
            lines[n] = line;
            cols[n] = col;
            n++;
        }

        /** Forgets the entries of pcs after {@code pc} (instructions the emitter replaced by a fused one). */
        public void truncate(int pc) {
            while (n > 0 && pcs[n - 1] > pc) {
                n--;
            }
        }

        public LineTable build() {
            return new LineTable(Arrays.copyOf(pcs, n), Arrays.copyOf(lines, n), Arrays.copyOf(cols, n));
        }
    }
}
