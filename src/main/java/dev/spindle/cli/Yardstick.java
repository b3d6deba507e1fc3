package dev.spindle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a benchmark program is compared with: compiled Go ({@code go build}, then the binary)
 * or yaegi ({@code yaegi run}), found on the PATH, each timed as a whole process with
 * GOMAXPROCS=1 (Spindle's suite runs on one P). A process start is about a millisecond for
 * either, small against the programs' sizes.
 */
final class Yardstick {
    /** A finished run: wall time in ms and stdout, or a time of -1 when it failed or timed out. */
    record Run(double ms, String stdout) {
        boolean ok() {
            return ms >= 0;
        }
    }

    private final String name;
    private final Path dir;
    private final boolean compiled;

    private Yardstick(String name, Path dir, boolean compiled) {
        this.name = name;
        this.dir = dir;
        this.compiled = compiled;
    }

    /** Compiled Go, or null when {@code go} is not on the PATH. */
    static Yardstick go() throws IOException, InterruptedException {
        return available("go", "version") ? new Yardstick("go", Files.createTempDirectory("spindle-bench-go"), true) : null;
    }

    /** yaegi, or null when it is not on the PATH. */
    static Yardstick yaegi() throws IOException, InterruptedException {
        return available("yaegi", "version") ? new Yardstick("yaegi", Files.createTempDirectory("spindle-bench-yaegi"), false) : null;
    }

    String name() {
        return name;
    }

    /** The command that runs {@code program} (building it first for compiled Go); null when the build fails. */
    List<String> prepare(BenchProgram program) throws IOException, InterruptedException {
        Path src = dir.resolve(program.name() + ".go");
        Files.writeString(src, program.source());
        if (!compiled) {
            return List.of("yaegi", "run", src.toString());
        }
        Path bin = dir.resolve(program.name());
        Run build = exec(List.of("go", "build", "-o", bin.toString(), src.toString()), 300);
        return build.ok() ? List.of(bin.toString()) : null;
    }

    /** Runs the command once, killed after {@code timeoutSeconds}. */
    Run exec(List<String> cmd, long timeoutSeconds) throws IOException, InterruptedException {
        // stdout goes to a file, so that no pipe can fill and stall the program being timed.
        Path out = dir.resolve("stdout.txt");
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("GOMAXPROCS", "1");
        pb.environment().put("GOCACHE", dir.resolve("cache").toString());
        pb.environment().putIfAbsent("HOME", dir.toString());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Run(-1, "");
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        return new Run(p.exitValue() == 0 ? ms : -1, Files.readString(out, StandardCharsets.UTF_8));
    }

    private static boolean available(String... cmd) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
