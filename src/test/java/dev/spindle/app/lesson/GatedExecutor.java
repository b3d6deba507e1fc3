package dev.spindle.app.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The lessons' compiler thread for tests: runs each task on a thread of its own, unless
 * held, when tasks wait until {@link #release()}. It counts what it held and what it ran.
 */
final class GatedExecutor implements Executor {
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean holding;
    private int held;
    private int ran;

    @Override
    public synchronized void execute(Runnable task) {
        if (holding) {
            held++;
            waiting.add(task);
        } else {
            start(task);
        }
    }

    synchronized void hold() {
        holding = true;
    }

    /** Lets the held tasks run, in order, on one thread; later tasks run at once. */
    synchronized void release() {
        holding = false;
        List<Runnable> tasks = List.copyOf(waiting);
        waiting.clear();
        if (!tasks.isEmpty()) {
            Thread t = new Thread(() -> tasks.forEach(this::runCounted), "test-lesson-compiler");
            t.setDaemon(true);
            t.start();
        }
    }

    synchronized int held() {
        return held;
    }

    synchronized int ran() {
        return ran;
    }

    private void runCounted(Runnable task) {
        task.run();
        synchronized (this) {
            ran++;
        }
    }

    private void start(Runnable task) {
        Thread t = new Thread(() -> runCounted(task), "test-lesson-compiler");
        t.setDaemon(true);
        t.start();
    }
}
