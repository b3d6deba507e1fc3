package dev.spindle.app.play;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.lang.compile.Program;
import dev.spindle.lang.syntax.ParseResult;
import dev.spindle.lang.syntax.Parser;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Compiles Go source on a background thread: the front end may take a moment on a long
 * file, and the FX thread must never wait. An internal failure of the compiler becomes an
 * error line, never a stack trace in the user's face.
 */
public final class Compiler implements AutoCloseable {

    /**
     * The outcome: a program, or Go's compile errors; plus the imports snippet mode added and
     * go vet's findings on a program that compiles (shown before it runs).
     */
    public record Result(Program program, List<CompileError> errors, List<String> addedImports,
                         List<CompileError> warnings) {
        public Result(Program program, List<CompileError> errors, List<String> addedImports) {
            this(program, errors, addedImports, List.of());
        }

        public boolean ok() {
            return program != null;
        }
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "spindle-compiler");
        t.setDaemon(true);
        return t;
    });

    /** Compiles {@code source} (Java text) named {@code fileName}; completes on the FX thread. */
    public CompletableFuture<Result> compile(String fileName, String source) {
        return CompletableFuture.supplyAsync(() -> compileNow(fileName, source), worker)
                .thenApplyAsync(r -> r, new UiThread());
    }

    /** Compiles on the calling thread (tests, screenshots, the command line). */
    public static Result compileNow(String fileName, String source) {
        try {
            Frontend.Result r = Frontend.compile(fileName, source);
            List<String> added = List.of();
            if (r.ok()) {
                ParseResult parsed = Parser.parse(fileName, source);
                added = parsed.snippet() ? parsed.addedImports() : List.of();
            }
            return new Result(r.program(), CompileError.parse(r.errors()), added,
                    r.ok() ? VetWarnings.of(fileName, source) : List.of());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(null, List.of(new CompileError(fileName + ": spindle internal compiler error: " + e,
                    0, 0, "internal compiler error: " + e)), List.of());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
