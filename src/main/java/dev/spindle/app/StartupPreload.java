package dev.spindle.app;

import dev.spindle.app.lesson.PrefsProgressStore;
import dev.spindle.lang.compile.Frontend;
import dev.spindle.lang.types.Library;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.LessonException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work the first frame needs that does not need JavaFX, begun in {@code main} on a thread of
 * its own so that it overlaps the toolkit's start (GTK, the renderer) instead of following it
 * on the FX thread: reading the course (17 lesson folders of YAML), loading the standard
 * library's Go declarations, and one compile of the lesson the window will open, which loads
 * and links the compiler's classes. On a machine with two cores or more this takes the
 * compiler almost entirely off the path to the first frame.
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
            Library.standard();
            c.resumeWith(new PrefsProgressStore(PrefsProgressStore.userNode()))
                    .ifPresent(lesson -> Frontend.compile(lesson.sourceName(), lesson.source()));
        } catch (LessonException | RuntimeException | StackOverflowError e) {
            // Reported where the course is used (course()); a failed warm-up compile costs nothing but time.
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
