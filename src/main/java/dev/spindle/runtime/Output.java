package dev.spindle.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The program's stdout and stderr: writes a goroutine's bytes as they come (byte strings,
 * one char per byte) and reports each completed line as a Print event, keeping a partial
 * line per goroutine and stream until its newline arrives. Write errors (a closed pipe)
 * are ignored, as the program cannot do anything about them either. Coordinator only.
 */
final class Output {

    private record Key(long g, boolean stderr) {}

    private record Partial(int p, StringBuilder text) {}

    private final OutputStream stdout;
    private final OutputStream stderr;
    private final Tracer tracer;
    private final Map<Key, Partial> partial = new HashMap<>();

    Output(OutputStream stdout, OutputStream stderr, Tracer tracer) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.tracer = tracer;
    }

    void write(int p, long g, String bytes, boolean toStderr) {
        writeRaw(toStderr, bytes);
        Key key = new Key(g, toStderr);
        int start = 0;
        for (int i = 0; i < bytes.length(); i++) {
            if (bytes.charAt(i) == '\n') {
                Partial pending = partial.remove(key);
                String line = (pending == null ? "" : pending.text()) + bytes.substring(start, i);
                tracer.print(p, g, decode(line), toStderr);
                start = i + 1;
            }
        }
        if (start < bytes.length()) {
            partial.computeIfAbsent(key, k -> new Partial(p, new StringBuilder())).text().append(bytes, start, bytes.length());
        }
    }

    /** Reports unterminated lines (at the end of the run), in order of first write. */
    void flushLines() {
        partial.entrySet().stream()
                .sorted(java.util.Comparator.comparingLong((Map.Entry<Key, Partial> e) -> e.getKey().g())
                        .thenComparing(e -> e.getKey().stderr()))
                .forEach(e -> tracer.print(e.getValue().p(), e.getKey().g(), decode(e.getValue().text().toString()),
                        e.getKey().stderr()));
        partial.clear();
    }

    /** Writes a byte string without reporting it (runtime messages: crash reports). */
    void writeRaw(boolean toStderr, String bytes) {
        try {
            (toStderr ? stderr : stdout).write(bytes.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException ignored) {
            // like a Go program writing to a closed pipe and not checking the error
        }
    }

    void flush() {
        try {
            stdout.flush();
            stderr.flush();
        } catch (IOException ignored) {
            // see writeRaw
        }
    }

    private static String decode(String byteString) {
        return new String(byteString.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
