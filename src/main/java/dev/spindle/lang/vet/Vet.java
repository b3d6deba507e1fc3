package dev.spindle.lang.vet;

import dev.spindle.lang.syntax.File;
import dev.spindle.lang.syntax.ParseResult;
import dev.spindle.lang.syntax.Parser;
import dev.spindle.lang.types.CheckResult;
import dev.spindle.lang.types.Checker;
import dev.spindle.lang.types.Info;
import java.util.ArrayList;
import java.util.List;

/** Runs the analyzers over a checked file: their findings, analyzer by analyzer as go vet prints them. */
public final class Vet {
    private Vet() {}

    /**
     * Vet's view of a source file: the compile errors (as the compiler prints them) when it
     * does not compile, else the findings.
     */
    public record Result(List<String> compileErrors, List<Finding> findings) {}

    /** Parses, checks and vets {@code source}; never throws for bad input. */
    public static Result check(String fileName, String source) {
        try {
            ParseResult pr = Parser.parse(fileName, source);
            CheckResult cr = Checker.check(pr);
            if (!cr.ok()) {
                return new Result(cr.formatted(fileName), List.of());
            }
            return new Result(List.of(), run(pr.file(), cr.info()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(List.of(fileName + ": spindle internal vet error: " + e), List.of());
        }
    }

    /** The findings for a file the checker accepted, in go vet's order. */
    public static List<Finding> run(File file, Info info) {
        List<Finding> out = new ArrayList<>();
        SelfAssign.run(file, out);
        new CopyLocks(info, out).run(file);
        LostCancel.run(file, info, out);
        new PrintfCheck(info, out).run(file);
        UnusedResult.run(file, info, out);
        WaitGroupAdd.run(file, info, out);
        return out;
    }
}
