package dev.spindle.app;

import dev.spindle.lang.types.Library;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.LessonException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work the first frame needs that does not need JavaFX, begun in {@code main} on a thread of
 * its own so that it overlaps the toolkit's start (GTK, the renderer) instead of following it
 * on the FX thread: reading the course (17 lesson folders of YAML) and loading the standard
 * library's Go declarations. The lesson the window opens is compiled once, by LessonsUi on
 * its own thread (a warm-up compile here would only do that work twice on a 2-core machine).
 */
final class StartupPreload {
    private final CompletableFuture<Course> course = new CompletableFuture<>();

    private StartupPreload() {
    }

    /** Starts the work; the thread is a daemon, so it never keeps the app alive. */
    static StartupPreload begin() {
        StartupPreload preload = new StartupPreload();
        Thread t = new Thread(preload::run, "spindle-preload");
        t.setDaemon(true);
        t.start();
        return preload;
    }

    private void run() {
        try {
            Course c = Course.builtIn();
            course.complete(c);
            Library.standard().loadAll();
        } catch (LessonException | RuntimeException e) {
            // Reported where the course is used (course()).
            course.completeExceptionally(e);
        }
    }

    /** The built-in course, waiting for it if it is still being read. */
    Course course() throws LessonException {
        try {
            return course.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof LessonException le) {
                throw le;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
