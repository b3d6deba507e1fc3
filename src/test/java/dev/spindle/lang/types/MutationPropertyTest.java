package dev.spindle.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.syntax.ParseResult;
import dev.spindle.lang.syntax.Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Mutated valid programs (a line deleted, duplicated, or a few characters cut out) always
 * yield a result: compile errors in Go's words or none, never an exception and never the
 * checker's internal-error fallback.
 */
class MutationPropertyTest {

    private static final List<String> PROGRAMS = load();

    private static List<String> load() {
        List<String> out = new ArrayList<>();
        Path golden = Path.of("src", "test", "resources", "lang", "types");
        Path corpus = Path.of("..", "shared", "conformance");
        for (Path dir : List.of(golden, corpus)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".go")).sorted().toList()) {
                    out.add(Files.readString(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<Tuple.Tuple4<Integer, Integer, Integer, Integer>> mutations() {
        return Arbitraries.integers().between(0, PROGRAMS.size() - 1).flatMap(prog ->
                Arbitraries.integers().between(0, 10_000).flatMap(line ->
                        Arbitraries.integers().between(0, 2).flatMap(mode ->
                                Arbitraries.integers().between(0, 200).map(col -> Tuple.of(prog, line, mode, col)))));
    }

    @Property(tries = 300)
    void mutantsGetErrorsNotExceptions(@ForAll("mutations") Tuple.Tuple4<Integer, Integer, Integer, Integer> m) {
        String[] lines = PROGRAMS.get(m.get1()).split("\n");
        List<String> l = new ArrayList<>(Arrays.asList(lines));
        int i = m.get2() % lines.length;
        switch (m.get3()) {
            case 0 -> l.remove(i);
            case 1 -> l.add(i, lines[i]);
            default -> {
                String t = lines[i];
                if (!t.isEmpty()) {
                    int k = m.get4() % t.length();
                    l.set(i, t.substring(0, k) + t.substring(Math.min(t.length(), k + 3)));
                }
            }
        }
        ParseResult pr = Parser.parse("prog.go", String.join("\n", l));
        CheckResult r = Checker.check(pr);
        assertThat(r.errors()).noneMatch(e -> e.message().contains("internal"));
    }
}
