package dev.spindle.app.history;

import dev.spindle.trace.WaitReason;
import java.util.Arrays;

/**
 * One goroutine's states over time: span {@code i} begins at {@code time(i)} with event
 * {@code seq(i)} in state {@code state(i)} and lasts until the next span begins (the last
 * until the log's end, or for ever once dead). Small: a 100,000-goroutine run has 100,000 rows.
 */
public final class StateRow {
    public static final byte RUNNABLE = 0;
    public static final byte RUNNING = 1;
    public static final byte DEAD = 2;
    /** Waiting states are {@code WAITING + reason.ordinal()}. */
    public static final byte WAITING = 3;

    private final long g;
    private final String function;
    private long[] time = new long[4];
    private int[] seq = new int[4];
    private byte[] state = new byte[4];
    private int size;

    StateRow(long g, String function) {
        this.g = g;
        this.function = function;
    }

    void enter(byte s, long t, int eventSeq) {
        if (size > 0 && state[size - 1] == s) {
            return;
        }
        if (size == time.length) {
            int n = size * 2;
            time = Arrays.copyOf(time, n);
            seq = Arrays.copyOf(seq, n);
            state = Arrays.copyOf(state, n);
        }
        time[size] = t;
        seq[size] = eventSeq;
        state[size] = s;
        size++;
    }

    public long g() { return g; }
    /** The function it started in ({@code main.worker}). */
    public String function() { return function; }
    public int size() { return size; }
    public long time(int i) { return time[i]; }
    public int seq(int i) { return seq[i]; }
    public byte state(int i) { return state[i]; }

    /** The first span that lasts past {@code t} (the span after it begins after {@code t}). */
    public int firstLastingPast(long t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long next = mid + 1 < size ? time[mid + 1] : Long.MAX_VALUE;
            if (next <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first span begun by an event after {@code s}, or {@link #size()}. */
    public int firstSeqAfter(int s) {
        int i = Arrays.binarySearch(seq, 0, size, s + 1);
        return i >= 0 ? i : -i - 1;
    }

    /** The span in force right after event {@code s} (-1: the goroutine did not exist yet). */
    public int atSeq(int s) {
        return firstSeqAfter(s) - 1;
    }

    /** The wait reason of a waiting state, else null. */
    public static WaitReason reason(byte s) {
        return s >= WAITING ? WaitReason.values()[s - WAITING] : null;
    }

    public static byte waiting(WaitReason r) {
        return (byte) (WAITING + r.ordinal());
    }

    /** Go's word for a state: {@code running}, {@code runnable}, {@code dead} or the wait reason. */
    public static String text(byte s) {
        return switch (s) {
            case RUNNABLE -> "runnable";
            case RUNNING -> "running";
            case DEAD -> "dead";
            default -> reason(s).text();
        };
    }
}
