package dev.spindle.lang.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Where the front end runs, and what happens if it fails anyway.
 *
 * <p><b>A deep stack.</b> The parser, checker and compiler are recursive descents over the
 * AST, and the input decides how deep that is ({@code ((((x))))}, {@code -(-(-x))},
 * a {@code +} chain 50,000 long, {@code chan chan … int}). Go's own compiler is recursive
 * too and gets away with it because a goroutine's stack grows to 1 GB; the JVM gives a
 * thread 1 MB unless asked. So the front end runs on a thread of its own with a
 * {@link #STACK_BYTES} stack (reserved, not committed: a shallow program touches a few
 * pages of it): nesting that Go compiles compiles here, at any depth a student or a fuzzer
 * writes (measured: 50,000 levels of every kind take well under that). Input deeper than
 * even that stack gives the clean error {@code program too deeply nested} at 1:1, as the
 * parser always has; no phase keeps state across compiles, so abandoning one is safe.
 * Rejected: rewriting every recursive phase as an explicit-stack loop (thousands of lines
 * across files other engineers change, for no gain the stack does not give).
 *
 * <p><b>The last resort.</b> Any other throwable that escapes a phase is a Spindle bug. It
 * becomes one line in the go command's shape, {@code prog.go:1:1: internal compiler error:
 * …}, followed by where the input was saved for a bug report; the caller prints it like any
 * compile error and the run exits 1. The fuzzer ({@code FrontendFuzzTest}) asserts it is
 * never reached.
 */
final class FrontendGuard {
    /** The front end's stack: Go's goroutine stack limit is 1 GB, this is half of it. */
    static final long STACK_BYTES = 512L << 20;

    private FrontendGuard() {
    }

    /** Runs {@code phases} on a deep-stack thread; failures become one error line. */
    static Frontend.Result run(String fileName, String source, Supplier<Frontend.Result> phases) {
        AtomicReference<Frontend.Result> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(phases.get());
            } catch (StackOverflowError e) {
                result.set(new Frontend.Result(null, List.of(fileName + ":1:1: program too deeply nested")));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "spindle-frontend", STACK_BYTES);
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // finish the compile, then keep the caller's interrupt
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            return internalError(fileName, source, failure.get());
        }
        return result.get();
    }

    /** The go command's shape for a compiler crash, with the input kept for the report. */
    static Frontend.Result internalError(String fileName, String source, Throwable e) {
        String what = e instanceof OutOfMemoryError ? "out of memory" : e.toString();
        String saved = save(source);
        String line = fileName + ":1:1: internal compiler error: " + what
                + (saved != null ? " (input saved in " + saved + " for a bug report)" : "");
        return new Frontend.Result(null, List.of(line));
    }

    private static String save(String source) {
        try {
            Path p = Files.createTempFile("spindle-ice-", ".go");
            Files.writeString(p, source == null ? "" : source, StandardCharsets.UTF_8);
            return p.toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
