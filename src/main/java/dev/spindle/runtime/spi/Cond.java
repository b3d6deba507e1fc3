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
}
