package dev.spindle.vm.value;

/**
 * A heap object with an owner, for deterministic runs with data races (deterministic
 * multiprocessing with ownership, DMP-O: Devietti et al., ASPLOS 2009). In a round the
 * engine runs goroutines truly in parallel; a goroutine may touch an object freely only if
 * it {@link #owner owns} it, or read it when it is {@link #SHARED}. Any other access stops
 * the goroutine before the access (vm {@code Shared}); the engine grants it at the round
 * boundary, in the run's recorded order, and the goroutine then does it. Owners change only
 * there, on the coordinator, or here, when an object is made (before anyone else can reach
 * it), so no two goroutines of a round ever touch one object unless both only read: a
 * round's results cannot depend on timing, racy programs included.
 *
 * <p>Soundness does not depend on which owner a new object gets, only speed does: the
 * goroutine that makes it should own it, so objects are born owned by the goroutine the
 * current thread is running ({@link #enter}).
 *
 * <p>Structs, arrays, maps and boxes are their own owners; the backing array of a slice has a
 * cell shared by every slice header cut from it ({@link SliceValue#cell}), and an array's
 * slices use the array.
 */
public abstract class Owned {
    /** Nobody owns it (made outside any goroutine): every goroutine's first access is granted at a boundary. */
    public static final int NOBODY = 0;
    /** Read by several goroutines since its last write: reads are free, a write is granted at a boundary. */
    public static final int SHARED = -1;

    /** The goroutine id (as an int) of the owner, or {@link #NOBODY} / {@link #SHARED}. Written only as the class essay says. */
    public int owner;

    /** Owned by the goroutine the current thread runs. */
    protected Owned() {
        this.owner = CURRENT.get()[0];
    }

    /** Owned by {@code owner} (field and element pointers, which are never checked themselves, pass {@link #NOBODY}). */
    protected Owned(int owner) {
        this.owner = owner;
    }

    private static final ThreadLocal<int[]> CURRENT = ThreadLocal.withInitial(() -> new int[1]);

    /** The current thread now runs goroutine {@code goid}: what it makes is its own. */
    public static void enter(int goid) {
        CURRENT.get()[0] = goid;
    }

    /** A slice's backing array's cell (see {@link SliceValue#cell}). */
    static final class Cell extends Owned {
    }
}
