package dev.spindle.runtime.bridge;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.trace.Validator;
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A development entry point until the CLI runs programs on the engine:
 * {@code EngineRun run --procs N --seed S FILE.go} behaves like {@code spindle run}
 * (so that the conformance runner can drive it) and validates the event log at the end.
 */
public final class EngineRun {

    private EngineRun() {}

    public static void main(String[] args) throws Exception {
        int procs = 1;
        long seed = 1;
        String file = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--procs" -> procs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> file = args[i];
            }
        }
        String source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        Frontend.Result r = Frontend.compile(Path.of(file).getFileName().toString(), source);
        if (!r.ok()) {
            r.errors().forEach(System.err::println);
            System.exit(1);
        }
        var out = new BufferedOutputStream(System.out);
        var err = new PrintStream(System.err, true);
        Engine engine = GoProgram.engine(r.program(), EngineConfig.of(procs, seed, out, err));
        RunResult result = engine.run();
        out.flush();
        var problems = Validator.problems(engine.log().snapshot());
        if (!problems.isEmpty()) {
            System.err.println("spindle: INVALID EVENT LOG: " + problems.subList(0, Math.min(5, problems.size())));
        }
        System.exit(result.exitCode());
    }
}
