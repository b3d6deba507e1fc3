package dev.spindle.runtime.spi;

/** A {@code sync.Cond}: {@code sync.NewCond(locker)}. */
public final class Cond extends RuntimeObject {

    private final Locker locker;

    public Cond(Locker locker, String name) {
        super(name);
        this.locker = locker;
    }

    /** {@code c.L}. */
    public Locker locker() {
        return locker;
    }

    /**
     * Go's copy of a Cond: its L is copied with the struct and the copy has no waiters, so the
     * copy's handle is made afresh from L on first use.
     */
    @Override
    public Cond copied() {
        return null;
    }
}
