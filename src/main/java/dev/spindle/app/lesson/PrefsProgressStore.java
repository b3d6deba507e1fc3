package dev.spindle.app.lesson;

import dev.spindle.scenario.ProgressStore;
import java.util.OptionalInt;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Progress remembered across restarts with java.util.prefs, one key per lesson
 * ({@code 02-waitgroup.status}, {@code 02-waitgroup.prediction}). A store that cannot be
 * flushed keeps working in memory (Preferences caches), which is what the interface asks.
 */
public final class PrefsProgressStore implements ProgressStore {
    private final Preferences node;

    public PrefsProgressStore(Preferences node) {
        this.node = node;
    }

    /** The user's node for Spindle's lesson progress. */
    public static Preferences userNode() {
        return Preferences.userRoot().node("dev/spindle/lessons");
    }

    @Override
    public Status status(String lessonKey) {
        String s = node.get(lessonKey + ".status", Status.NOT_STARTED.name());
        try {
            return Status.valueOf(s);
        } catch (IllegalArgumentException e) {
            return Status.NOT_STARTED;
        }
    }

    @Override
    public void setStatus(String lessonKey, Status status) {
        node.put(lessonKey + ".status", status.name());
        flush();
    }

    @Override
    public OptionalInt prediction(String lessonKey) {
        int c = node.getInt(lessonKey + ".prediction", 0);
        return c > 0 ? OptionalInt.of(c) : OptionalInt.empty();
    }

    @Override
    public void setPrediction(String lessonKey, int choice) {
        node.putInt(lessonKey + ".prediction", choice);
        flush();
    }

    /**
     * Writes to disk on a thread of its own, a moment later: a flush writes the node as XML,
     * which cost the start about 50 ms of CPU on a 2-core machine (15 ms of it on the FX
     * thread when it was done there). Changes made meanwhile go out in the same write, and
     * java.util.prefs writes anything still pending at exit anyway.
     */
    private void flush() {
        if (flushPending.compareAndSet(false, true)) {
            WRITER.schedule(() -> {
                flushPending.set(false);
                try {
                    node.flush();
                } catch (BackingStoreException | IllegalStateException e) {
                    // Kept in memory for this session; nothing the student can do about it. (A node
                    // removed meanwhile, as tests do, throws IllegalStateException.)
                }
            }, FLUSH_DELAY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static final long FLUSH_DELAY_SECONDS = 2;
    private final AtomicBoolean flushPending = new AtomicBoolean();

    /** One writer for every store; its thread is a daemon and goes when idle. */
    private static final ScheduledThreadPoolExecutor WRITER = writer();

    private static ScheduledThreadPoolExecutor writer() {
        ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "spindle-progress-writer");
            t.setDaemon(true);
            return t;
        });
        w.setKeepAliveTime(5, TimeUnit.SECONDS);
        w.allowCoreThreadTimeOut(true);
        return w;
    }
}
