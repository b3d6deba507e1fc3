package dev.spindle.lang.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The front end never crashes: every input {@link Mutator} makes from the lessons, the
 * conformance corpus, the golden programs and the reproducers in {@code lang/fuzz} gets a
 * program or compile errors — no exception, never the {@code internal compiler error} last
 * resort, and no hang. A few thousand inputs run in {@code ./mvnw verify}; for a long run:
 * {@code ./mvnw test -Dtest=FrontendFuzzTest -Dfuzz.inputs=100000 [-Dfuzz.from=N]}, which
 * prints its figures (inputs/s, slowest input) on stdout.
 *
 * <p>Each input runs under {@code assertTimeoutPreemptively} with the bound of 2 s
 * ({@link #BOUND}); the run's figures report the slowest input.
 */
class FrontendFuzzTest {
    /**
     * Each input must get its answer within this bound: the 2 s on a quiet machine,
     * stretched by how much more work than cores the machine has right now (the load average
     * per core, at most 10x), since a build shares its cores; {@code -Dfuzz.boundMs=N} sets it
     * outright. The figures printed at the end say how many inputs took over 2 s either way.
     */
    private static final Duration BOUND = Duration.ofMillis(Long.getLong("fuzz.boundMs", Math.round(2_000 * loadFactor())));

    private static double loadFactor() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double perCore = os.getSystemLoadAverage() / os.getAvailableProcessors();
        return Math.clamp(perCore, 1.0, 10.0);
    }

    static List<byte[]> seeds() {
        List<byte[]> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("resources", "lessons"), Path.of("src", "test", "resources"),
                Path.of("..", "shared", "conformance"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".go")).sorted().toList()) {
                    byte[] b = Files.readAllBytes(p);
                    if (b.length < 20_000) {
                        out.add(b);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Test
    void everyInputGetsAProgramOrErrorsNeverACrash() {
        List<byte[]> seeds = seeds();
        assertThat(seeds).hasSizeGreaterThan(100);
        Mutator m = new Mutator(seeds);
        long from = Long.getLong("fuzz.from", 0);
        long count = Long.getLong("fuzz.inputs", 2_000);
        long start = System.nanoTime();
        long slowest = 0;
        long slowestInput = -1;
        int over2s = 0;
        int programs = 0;
        long bytes = 0;
        List<Long> timeouts = new ArrayList<>();
        for (long n = from; n < from + count; n++) {
            byte[] input = m.input(n);
            bytes += input.length;
            long t0 = System.nanoTime();
            Frontend.Result r;
            long input1 = n;
            try {
                // Preemptively: a hang fails at the bound instead of blocking the build.
                r = assertTimeoutPreemptively(BOUND, () -> Frontend.compileBytes("prog.go", input),
                        () -> "input " + input1 + " took over " + BOUND.toMillis() + " ms\n" + show(input));
            } catch (AssertionFailedError e) {
                // A timeout: noted, and the run goes on, so that a long run reports every one.
                timeouts.add(input1);
                System.out.println("fuzz: input " + input1 + " took over " + BOUND.toMillis() + " ms");
                continue;
            } catch (Throwable e) {
                throw new AssertionError("input " + n + " threw " + e + "\n" + show(input), e);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > slowest) {
                slowest = ms;
                slowestInput = n;
            }
            if (ms > 2_000) {
                over2s++;
                System.out.println("fuzz: input " + n + " took " + ms + " ms (" + input.length + " bytes)"); // to re-time alone
            }
            long input0 = n;
            assertThat(r.errors()).as(() -> "input " + input0 + "\n" + show(input))
                    .noneMatch(e -> e.contains("internal compiler error") || e.contains("Exception") || e.contains("java."));
            assertThat(r.ok() || !r.errors().isEmpty()).isTrue();
            if (r.ok()) {
                programs++;
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("fuzz: %d inputs (from %d, %.1f MB) in %.1f s = %.0f inputs/s; %d compiled, %d errors;"
                        + " slowest %d ms (input %d), %d over 2 s; bound %d ms, %d over it %s%n",
                count, from, bytes / 1e6, secs, count / secs, programs, count - programs - timeouts.size(), slowest,
                slowestInput, over2s, BOUND.toMillis(), timeouts.size(), timeouts);
        assertThat(timeouts).as("inputs over the bound of %d ms", BOUND.toMillis()).isEmpty();
    }

    private static String show(byte[] input) {
        String s = new String(input, StandardCharsets.ISO_8859_1);
        return s.length() > 2_000 ? s.substring(0, 1_000) + "\n…\n" + s.substring(s.length() - 1_000) : s;
    }
}
