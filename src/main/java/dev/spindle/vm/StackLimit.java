package dev.spindle.vm;

import dev.spindle.lang.compile.FuncProto;

/**
 * Go's goroutine stack limit, counted in Go's terms. Go's stack starts small and doubles when
 * full; a doubling past {@code runtime/debug.SetMaxStack}'s default of 1,000,000,000 bytes
 * is the fatal {@code goroutine stack exceeds 1000000000-byte limit}, so a goroutine may use
 * up to 512 MiB. Spindle counts each frame as Go lays it out on amd64 — its locals and
 * operand slots, 8 bytes each, plus the return address and frame pointer — so that a
 * recursion Go completes completes here, and one Go cannot finish dies with Go's message.
 *
 * <p>Counting costs nothing per call: the sum is taken when the goroutine's frame array is
 * full and must grow (the spilled frames of a deep stack keep their sum as they move), and the array grows only by what the remaining budget can hold at the
 * current average frame size, so that the check comes again before the limit is passed.
 */
final class StackLimit {
    private StackLimit() {}

    /** The largest stack Go reaches before its next doubling passes the 1 GB limit. */
    static final long USABLE_BYTES = 512L << 20;

    /** A frame's size as Go would lay it out: slots, return address and frame pointer. */
    static long frameBytes(FuncProto p) {
        return 8L * (p.numLocals() + p.maxStack()) + 16;
    }

    /**
     * The frame array's next length once its {@code fp} frames fill it; throws Go's stack
     * overflow when the frames already use more than Go's stack may hold, or more than
     * {@code maxFrames} (a host's own cap). Frames below {@code lo} are spilled
     * ({@link FrameSpill}) and use {@code spilledBytes}: only the objects above are summed.
     */
    static int grow(Frame[] frames, int lo, long spilledBytes, int fp, int maxFrames) {
        long bytes = spilledBytes;
        for (int i = lo; i < fp; i++) {
            bytes += frameBytes(frames[i].proto);
        }
        if (bytes > USABLE_BYTES || fp >= maxFrames) {
            throw overflow();
        }
        long average = Math.max(16, bytes / Math.max(1, fp));
        long room = (USABLE_BYTES - bytes) / average + 1;
        long next = fp + Math.min(Math.max(fp, 16), room);
        return (int) Math.min(next, maxFrames);
    }

    static GoFatal overflow() {
        return new GoFatal("stack overflow", "runtime: goroutine stack exceeds 1000000000-byte limit\n");
    }
}
