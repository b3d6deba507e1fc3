package dev.spindle.runtime.bridge;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.trace.Event;
import dev.spindle.trace.Validator;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A development check over a directory of Go programs (the conformance corpus):
 * {@code CorpusDeterminism DIR PROCS SEED...} runs each program twice per seed and reports
 * whether the two event logs are identical and valid, and whether other seeds changed them.
 */
public final class CorpusDeterminism {

    private CorpusDeterminism() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int procs = Integer.parseInt(args[1]);
        int same = 0;
        int differ = 0;
        int varied = 0;
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        for (Path f : files) {
            Frontend.Result r = Frontend.compile("prog.go", Files.readString(f, StandardCharsets.UTF_8));
            if (!r.ok()) {
                continue;
            }
            List<Event> first = null;
            boolean seedsDiffer = false;
            boolean ok = true;
            for (int i = 2; i < args.length; i++) {
                long seed = Long.parseLong(args[i]);
                // A fresh compilation per run: a Program must not carry state from one run to the next.
                List<Event> a = run(Frontend.compile("prog.go", Files.readString(f, StandardCharsets.UTF_8)), procs, seed);
                List<Event> b = run(Frontend.compile("prog.go", Files.readString(f, StandardCharsets.UTF_8)), procs, seed);
                var problems = Validator.problems(a);
                if (!a.equals(b) || !problems.isEmpty()) {
                    ok = false;
                    System.out.println("NOT DETERMINISTIC/VALID " + f.getFileName() + " seed " + seed + " " + problems.stream().limit(2).toList());
                    for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
                        if (!a.get(k).equals(b.get(k))) {
                            System.out.println("  first difference at #" + k + ":\n    " + a.get(k) + "\n    " + b.get(k));
                            for (int m = Math.max(0, k - 6); m < k; m++) {
                                System.out.println("    before: " + a.get(m));
                            }
                            break;
                        }
                    }
                }
                if (first == null) {
                    first = a;
                } else if (!first.equals(a)) {
                    seedsDiffer = true;
                }
            }
            if (ok) {
                same++;
            } else {
                differ++;
            }
            if (seedsDiffer) {
                varied++;
            }
        }
        System.out.printf("procs %d: %d programs deterministic and valid, %d not; %d change with the seed%n", procs, same, differ, varied);
    }

    private static List<Event> run(Frontend.Result r, int procs, long seed) throws InterruptedException {
        Engine e = GoProgram.engine(r.program(), EngineConfig.of(procs, seed, OutputStream.nullOutputStream(), OutputStream.nullOutputStream()));
        e.run();
        return e.log().snapshot();
    }
}
