package dev.spindle.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One program of {@code spindle bench}'s suite: real Go under {@code resources/bench/}, which
 * compiled Go, yaegi and Spindle all run unchanged. Each names its size in one line,
 * {@code const n = 32 // bench: smoke 15}: the suite runs the first figure, the smoke form
 * (for tests, where only correctness counts) the second.
 */
record BenchProgram(String name, String source) {

    /** The suite, in the order it prints: calls, loops of several shapes, the Benchmarks Game, strings and maps, goroutines. */
    static final List<String> NAMES = List.of("fib", "loop_sum", "loop_mix", "sieve", "collatz", "nbody",
            "spectral_norm", "binary_trees", "fannkuch", "word_count", "string_build", "fan_out");

    private static final Pattern SIZE = Pattern.compile("(?m)^const n = (\\d+) // bench: smoke (\\d+)$");

    /** The program at its full size, or at its smoke size. */
    static BenchProgram load(String name, boolean smoke) {
        return load(name, smoke ? SizeChoice.SMOKE : SizeChoice.FULL, 0);
    }

    /** The program at size {@code n} (another figure's size: the race detector's fib(30)). */
    static BenchProgram load(String name, int n) {
        return load(name, SizeChoice.GIVEN, n);
    }

    private enum SizeChoice { FULL, SMOKE, GIVEN }

    private static BenchProgram load(String name, SizeChoice size, int n) {
        String text;
        try (InputStream in = BenchProgram.class.getResourceAsStream("/bench/" + name + ".go")) {
            if (in == null) {
                throw new IllegalStateException("no benchmark program " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = SIZE.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(name + ".go names no size (const n = N // bench: smoke M)");
        }
        String value = switch (size) {
            case FULL -> m.group(1);
            case SMOKE -> m.group(2);
            case GIVEN -> Integer.toString(n);
        };
        String sized = m.replaceFirst("const n = " + value);
        return new BenchProgram(name, sized);
    }
}
