package dev.spindle.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashSet;
import java.util.Set;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * The heap a Go program may fill before it dies of Go's {@code fatal error: out of memory}
 * ({@code --max-heap}; by default what the JVM can have).
 *
 * <p>Go allocates until the OS refuses and then stops at once. A JVM near its maximum heap
 * does not refuse: the collector runs back to back, freeing a little each time, and a map
 * that grows forever or a goroutine bomb thrashes it for minutes before an
 * OutOfMemoryError. So the limit is measured the way a collector sees it — the heap still in
 * use after each garbage collection (a GC notification, no cost between collections) — and
 * the engine checks the result at each round boundary and ends the run. With the default,
 * the run ends once live data passes 90% of the JVM's maximum, before the thrashing starts.
 * The heap is the process's, not one run's: the window's own data counts, and two runs at
 * once share it.
 */
public final class HeapLimit {
    /** Of the JVM's maximum, the share live data may reach with no explicit limit. */
    private static final double DEFAULT_SHARE = 0.9;

    private static volatile long explicit;       // 0: no --max-heap
    private static volatile boolean over;        // the last collection left more than the limit
    private static volatile long lastUsed;

    static {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> afterGc(n.getUserData(), heapPools), null, null);
            }
        }
    }

    private HeapLimit() {
    }

    /** Sets the limit in bytes ({@code --max-heap}); 0 or less restores the default. */
    public static void set(long bytes) {
        explicit = Math.max(0, bytes);
        over = false;
        // a large store is checked when it is made, not only after the next collection
        dev.spindle.vm.value.LargeStores.limit(explicit);
    }

    /** A size as java's -Xmx takes it (bytes, or a number with k, m or g), or -1 if it is not one. */
    public static long parseSize(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty()) {
            return -1;
        }
        int shift = switch (t.charAt(t.length() - 1)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        String digits = shift == 0 ? t : t.substring(0, t.length() - 1);
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        long n = Long.parseLong(digits);
        return n > (Long.MAX_VALUE >> shift) ? -1 : n << shift;
    }

    /** The JVM's maximum heap ({@code -Xmx}, or its default share of memory). */
    public static long jvmMax() {
        return Runtime.getRuntime().maxMemory();
    }

    /** The live heap, after a collection, past which a run dies of out of memory. */
    public static long threshold() {
        long max = jvmMax();
        long e = explicit;
        return e > 0 && e < max * DEFAULT_SHARE ? e : (long) (max * DEFAULT_SHARE);
    }

    /**
     * Whether the live heap is past {@link #threshold()}: cheap (a flag the last collection
     * set) unless that flag is up, and then confirmed by a full collection, since a young
     * collection counts old garbage as used. Also called before a run, so that a limit an
     * earlier run passed (its data is garbage now) does not end this one.
     */
    static boolean exceeded() {
        if (!over) {
            return false;
        }
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        lastUsed = used;
        over = used > threshold();
        return over;
    }

    /** The live heap measured when {@link #exceeded()} last said yes, for the message. */
    static long lastUsed() {
        return lastUsed;
    }

    private static void afterGc(Object userData, Set<String> heapPools) {
        if (!(userData instanceof CompositeData cd) || !cd.containsKey("gcInfo")) {
            return;
        }
        CompositeData info = (CompositeData) cd.get("gcInfo");
        if (info == null || !info.containsKey("memoryUsageAfterGc")) {
            return;
        }
        long used = 0;
        for (Object row : ((TabularData) info.get("memoryUsageAfterGc")).values()) {
            CompositeData r = (CompositeData) row;
            if (heapPools.contains((String) r.get("key"))) {
                used += (Long) ((CompositeData) r.get("value")).get("used");
            }
        }
        lastUsed = used;
        over = used > threshold();
    }
}
