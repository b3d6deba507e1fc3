package dev.spindle.app.play;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The programs that ship with the window: what opens when no file is given, and what the
 * screenshots show. Lessons (their own package) come on top of these.
 */
public enum Samples {
    WAIT_GROUP("waitgroup.go", "Waiting with a WaitGroup"),
    WORKER_POOL("workerpool.go", "A worker pool with channels"),
    DEADLOCK("deadlock.go", "A deadlock");

    private final String file;
    private final String title;

    Samples(String file, String title) {
        this.file = file;
        this.title = title;
    }

    public String fileName() {
        return file;
    }

    public String title() {
        return title;
    }

    /** The Go source. */
    public String source() {
        try (InputStream in = Samples.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Samples> all() {
        return List.of(values());
    }
}
