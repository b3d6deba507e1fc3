package dev.spindle.app.history;

import java.util.Arrays;

/**
 * One P's runs in time order: slice {@code i} is goroutine {@code g(i)} running from
 * {@code start(i)} to {@code end(i)} (virtual ns), begun by event {@code startSeq(i)} and
 * ended by {@code endSeq(i)} ({@link #OPEN} while it still runs). Runs on one P never overlap,
 * so starts (and ends) are sorted and {@link #firstEndingAfter} is a binary search.
 */
public final class SliceRow {
    /** {@link #endSeq} of a run that has not ended (yet). */
    public static final int OPEN = -1;

    private long[] start = new long[16];
    private long[] end = new long[16];
    private long[] g = new long[16];
    private int[] startSeq = new int[16];
    private int[] endSeq = new int[16];
    private int size;

    void open(long time, long goroutine, int seq) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            g = Arrays.copyOf(g, n);
            startSeq = Arrays.copyOf(startSeq, n);
            endSeq = Arrays.copyOf(endSeq, n);
        }
        start[size] = time;
        end[size] = time;
        g[size] = goroutine;
        startSeq[size] = seq;
        endSeq[size] = OPEN;
        size++;
    }

    /** Ends the open run (if any) of goroutine {@code goroutine}; returns its index or -1. */
    int close(long goroutine, long time, int seq) {
        int i = size - 1;
        if (i < 0 || endSeq[i] != OPEN || g[i] != goroutine) {
            return -1;
        }
        end[i] = time;
        endSeq[i] = seq;
        return i;
    }

    /** Ends whatever runs at {@code time} (the run is over). */
    void closeAll(long time, int seq) {
        if (size > 0 && endSeq[size - 1] == OPEN) {
            end[size - 1] = time;
            endSeq[size - 1] = seq;
        }
    }

    /** The goroutine running at the row's end, or 0. */
    long running() {
        return size > 0 && endSeq[size - 1] == OPEN ? g[size - 1] : 0;
    }

    public int size() { return size; }
    public long start(int i) { return start[i]; }
    /** The end time; for an open run, the time of its start (the view draws it to the log's end). */
    public long end(int i) { return end[i]; }
    public long g(int i) { return g[i]; }
    public int startSeq(int i) { return startSeq[i]; }
    public int endSeq(int i) { return endSeq[i]; }
    public boolean isOpen(int i) { return endSeq[i] == OPEN; }

    /** The first run that ends at or after {@code time} (open runs count as ending at infinity), or {@link #size()}. */
    public int firstEndingAfter(long time) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long e = endSeq[mid] == OPEN ? Long.MAX_VALUE : end[mid];
            if (e < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the run holding event {@code seq} as its start, or -1. */
    public int indexOfStart(int seq) {
        int i = Arrays.binarySearch(startSeq, 0, size, seq);
        return i >= 0 ? i : -1;
    }

    /** The run of this row covering time {@code time} (start ≤ time ≤ end), or -1. */
    public int at(long time) {
        int i = firstEndingAfter(time);
        return i < size && start[i] <= time ? i : -1;
    }
}
