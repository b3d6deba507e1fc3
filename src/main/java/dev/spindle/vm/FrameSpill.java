package dev.spindle.vm;

import dev.spindle.lang.compile.FuncProto;
import java.util.Arrays;
import java.util.IdentityHashMap;

/**
 * The frames of a deep stack that are far below the top, kept as plain data instead of
 * {@link Frame} objects. Go lets a goroutine reach about 11 million frames of a small function
 * (1 GB as Go counts stack bytes); one Frame object per depth made such a recursion cost about
 * a gigabyte of small objects that every young collection copied. Here the frames below the
 * top {@link #WINDOW}–2×{@link #WINDOW} live in a few big arrays, which the collector neither
 * copies nor scans beyond their references, and the Frame objects of the window are reused.
 *
 * <p>Frames [0, {@link Goroutine#lo}) of a goroutine are here; [lo, fp) are Frame objects in
 * {@code frames} as always, so the running frame and its caller are always objects and
 * {@code frames[fp - 1]} keeps its meaning for everything that pushes and pops. A push that
 * needs a new Frame object while 2×WINDOW frames are live moves the lowest WINDOW into the
 * arrays and reuses their objects; a return that reaches {@code lo} ({@link Goroutine#top})
 * brings the next WINDOW back. The hysteresis keeps a recursion that goes up and down across
 * the boundary from moving frames on every call.
 *
 * <p>A frame with pending deferred calls or a panic is kept whole (its object, untouched) in
 * the arrays. Frames at or below a native's call into Go code ({@link Goroutine#spillFloor})
 * are never moved: the Java code of that call holds its frame object until the callback ends.
 */
final class FrameSpill {
    /**
     * Frames moved (and brought back) at a time; 2×WINDOW frame objects at most stay live
     * (about 1 MB). Recursion up to 2×WINDOW deep, all that most programs reach, never spills,
     * so its calls and returns take no path they did not take before.
     */
    static final int WINDOW = 8192;

    /**
     * Per spilled frame: its function's number in {@link #protos} (or -1 when the whole Frame
     * is kept in {@link #refs}), pc, base, and retBase shifted left by 2 with the kind below.
     * Numbers rather than references: a reference stored into an array this big (an old
     * object) costs a GC write barrier with a fence on every frame.
     */
    private int[] ints = new int[4 * WINDOW];
    /** Per spilled frame: its captures, or the whole Frame when it has defers or a panic. */
    private Object[] refs = new Object[WINDOW];
    /** The functions seen in spilled frames, by number; a recursion has one or a few. */
    private FuncProto[] protos = new FuncProto[4];
    private int numProtos;
    private final IdentityHashMap<FuncProto, Integer> ids = new IdentityHashMap<>();
    /** The number of the last function numbered (the usual case: the same one again). */
    private FuncProto lastProto;
    private int lastId;
    /** Go's stack bytes ({@link StackLimit#frameBytes}) of the spilled frames. */
    long bytes;
    /** Frame objects freed by the last spill, reused by the pushes that follow. */
    private final Frame[] spare = new Frame[WINDOW];
    private int spares;

    /** Whether frames[lo, lo + WINDOW) may move out now (see the floor in the class comment). */
    static boolean due(Goroutine g) {
        return g.fp - g.lo >= 2 * WINDOW && g.lo + WINDOW <= g.spillFloor;
    }

    /** A Frame object for a push at g.fp that found no object there. */
    Frame take(Goroutine g) {
        if (spares == 0 && due(g)) {
            spill(g);
        }
        return spares > 0 ? spare[--spares] : new Frame();
    }

    /** Moves frames [lo, lo + WINDOW) into the arrays. */
    private void spill(Goroutine g) {
        int from = g.lo;
        ensure(from + WINDOW);
        Frame[] frames = g.frames;
        for (int i = from; i < from + WINDOW; i++) {
            Frame f = frames[i];
            frames[i] = null;
            bytes += StackLimit.frameBytes(f.proto);
            if (f.panic != null || f.hasDefers()) {
                ints[4 * i] = -1;
                refs[i] = f;
                continue;
            }
            ints[4 * i] = id(f.proto);
            ints[4 * i + 1] = f.pc;
            ints[4 * i + 2] = f.base;
            ints[4 * i + 3] = f.retBase << 2 | f.kind;
            refs[i] = f.captures;
            f.captures = null;
            spare[spares++] = f;
        }
        g.lo = from + WINDOW;
    }

    /**
     * Brings frames [lo - WINDOW, lo) back as objects (g.fp has come down to lo). Objects come
     * from the spares, then from stale frames above the top (not frames[fp], which a caller may
     * still be reading as the frame that just returned), then new.
     */
    void refill(Goroutine g) {
        int to = g.lo;
        int from = Math.max(0, to - WINDOW);
        Frame[] frames = g.frames;
        for (int i = to - 1; i >= from; i--) {
            int id = ints[4 * i];
            Object r = refs[i];
            refs[i] = null;
            Frame f;
            if (id < 0) {
                f = (Frame) r;
            } else {
                if (spares > 0) {
                    f = spare[--spares];
                } else if (g.hi > g.fp + 1) {
                    f = frames[--g.hi];
                    frames[g.hi] = null;
                } else {
                    f = new Frame();
                }
                int rk = ints[4 * i + 3];
                f.enter(protos[id], (Object[]) r, ints[4 * i + 2], rk >>> 2, rk & 3);
                f.pc = ints[4 * i + 1];
            }
            bytes -= StackLimit.frameBytes(f.proto);
            frames[i] = f;
        }
        g.lo = from;
    }

    FuncProto protoAt(int i) {
        int id = ints[4 * i];
        return id < 0 ? ((Frame) refs[i]).proto : protos[id];
    }

    int pcAt(int i) {
        int id = ints[4 * i];
        return id < 0 ? ((Frame) refs[i]).pc : ints[4 * i + 1];
    }

    private int id(FuncProto p) {
        if (p == lastProto) {
            return lastId;
        }
        Integer known = ids.get(p);
        int id;
        if (known != null) {
            id = known;
        } else {
            id = numProtos++;
            if (id == protos.length) {
                protos = Arrays.copyOf(protos, 2 * id);
            }
            protos[id] = p;
            ids.put(p, id);
        }
        lastProto = p;
        lastId = id;
        return id;
    }

    private void ensure(int frames) {
        if (frames > refs.length) {
            int n = Math.max(frames, 2 * refs.length);
            refs = Arrays.copyOf(refs, n);
            ints = Arrays.copyOf(ints, 4 * n);
        }
    }
}
