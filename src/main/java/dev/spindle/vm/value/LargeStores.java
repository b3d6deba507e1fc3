package dev.spindle.vm.value;

import dev.spindle.lang.compile.Backing;

/**
 * Large backing stores are counted against {@code --max-heap} when they are made.
 *
 * <p>The run's heap limit is otherwise measured after each garbage collection and checked at
 * a round boundary ({@code runtime.HeapLimit}): no cost per allocation, but a program that
 * makes one 256 MB slice and ends before a collection and a boundary never meets it. Go
 * meets its limit (what the OS gives) at the allocation itself. So a store of at least
 * {@link #LARGE} bytes — the only kind one allocation can overshoot a limit with — asks
 * here first: the heap in use plus the store must fit under the limit (after a full
 * collection, if the first measure says no, since "in use" counts garbage). Smaller stores
 * pay one comparison of their length.
 *
 * <p>Without {@code --max-heap} there is no limit here: the JVM's own refusal (an
 * OutOfMemoryError) is then Go's {@code fatal error: out of memory}.
 */
public final class LargeStores {
    private LargeStores() {}

    /** Stores of at least this many bytes are counted against the limit. */
    public static final long LARGE = 1L << 20;

    /** Fewer elements than this can never make {@link #LARGE} bytes (1 byte each at least). */
    static final int LARGE_ELEMS = (int) LARGE;

    /** The limit in bytes, or 0: no limit. Set by the runtime from {@code --max-heap}. */
    private static volatile long limit;

    /** Sets the heap limit ({@code --max-heap}) in bytes; 0 or less: none. */
    public static void limit(long bytes) {
        limit = Math.max(0, bytes);
    }

    /**
     * Checks a new store of {@code n} elements of {@code backing} (a {@link Backing} code)
     * against the limit; the caller has seen {@code n >= LARGE_ELEMS / 8}. Throws Go's out of
     * memory (as an {@link OverLimit}) if it does not fit.
     */
    static void reserve(int backing, int n) {
        long lim = limit;
        long bytes = (long) n * width(backing);
        if (lim == 0 || bytes < LARGE) {
            return;
        }
        Runtime rt = Runtime.getRuntime();
        if (inUse(rt) + bytes <= lim) {
            return;
        }
        System.gc(); // in use counted garbage: measure what is live
        long used = inUse(rt);
        if (used + bytes > lim) {
            throw new OverLimit("runtime: out of memory: cannot allocate " + bytes + "-byte block (" + used
                    + " in use, limit " + lim + ": --max-heap)\n");
        }
    }

    private static long inUse(Runtime rt) {
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Bytes per element of a store: a reference counts as 4 (compressed), a scalar its Java width. */
    private static int width(int backing) {
        return switch (backing) {
            case Backing.LONG, Backing.DOUBLE -> 8;
            case Backing.BYTE, Backing.BOOL -> 1;
            default -> 4;
        };
    }

    /**
     * Go's {@code fatal error: out of memory} for a store over the limit: an OutOfMemoryError,
     * as the JVM's own refusal would be, so every place that turns that into Go's fatal error
     * handles this too; {@link #prelude()} is the line Go prints before it.
     */
    public static final class OverLimit extends OutOfMemoryError {
        private final String prelude;

        OverLimit(String prelude) {
            super("over --max-heap");
            this.prelude = prelude;
        }

        /** {@code runtime: out of memory: cannot allocate N-byte block (…)}, with its newline. */
        public String prelude() {
            return prelude;
        }
    }
}
