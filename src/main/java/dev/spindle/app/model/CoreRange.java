package dev.spindle.app.model;

/**
 * The range of the cores slider, i.e. of GOMAXPROCS.
 *
 * <p>The slider goes at least to 8 even on a small machine: a lesson about stealing or
 * contention wants more Ps than a laptop may have, and the engine's rounds (DESIGN.md) keep
 * the run deterministic whatever the real core count. It starts at the host's cores, as Go's
 * GOMAXPROCS does.
 *
 * @param hostCores the processors the JVM sees
 * @param max       the slider's upper end, {@code max(8, hostCores)}
 */
public record CoreRange(int hostCores, int max) {
    /** The smallest GOMAXPROCS. */
    public static final int MIN = 1;
    /** The slider never ends below this. */
    public static final int FLOOR = 8;

    public CoreRange {
        if (hostCores < 1) {
            throw new IllegalArgumentException("hostCores must be positive: " + hostCores);
        }
        if (max < Math.max(FLOOR, hostCores)) {
            throw new IllegalArgumentException("max below max(8, hostCores): " + max);
        }
    }

    /** The range for a host with {@code hostCores} processors. */
    public static CoreRange forHost(int hostCores) {
        return new CoreRange(hostCores, Math.max(FLOOR, hostCores));
    }

    /** GOMAXPROCS before the user moves the slider: Go's default, the host's cores. */
    public int initial() {
        return hostCores;
    }
}
