package dev.spindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * "Explore until a race shows": {@code spindle explore --race} on a program whose race shows
 * on some schedules only (a select that takes the value when the goroutine has sent it, and
 * races when it has not) stops at the first racy schedule, prints its token and Go's report,
 * and {@code spindle run --race --schedule TOKEN} prints the same report again. Each outcome
 * carries the detector's verdict.
 */
class ExploreRaceTest {
    static final Path SOMETIMES = Path.of("src/test/resources/race/sometimes/racy_select.go");
    private static final Pattern TOKEN = Pattern.compile("^data race: schedule (\\S+) \\(run (\\d+) of the search\\)$",
            Pattern.MULTILINE);

    record Explored(int exit, String stdout, String stderr) {
        String token() {
            Matcher m = TOKEN.matcher(stdout);
            assertThat(m.find()).as(stdout).isTrue();
            return m.group(1);
        }

        int run() {
            Matcher m = TOKEN.matcher(stdout);
            assertThat(m.find()).as(stdout).isTrue();
            return Integer.parseInt(m.group(2));
        }

        /** The report as printed after the token line: from the first rule to the closing one. */
        String report() {
            int from = stdout.indexOf("==================\nWARNING: DATA RACE\n");
            int to = stdout.indexOf("==================\n", from + 1);
            assertThat(from).as(stdout).isNotNegative();
            return stdout.substring(from, to + "==================\n".length());
        }
    }

    static Explored explore(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExploreCommand command = new ExploreCommand();
        command.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        command.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = new CommandLine(command).execute(args);
        return new Explored(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutTheDetectorTheRaceIsNotWhatTheSeededRunShows() {
        // The premise: the seeded run (and most schedules) take the value and run clean.
        RaceCorpusTest.Run r = RaceCorpusTest.run("--race", "--procs", "2", "--seed", "1", SOMETIMES.toString());
        assertThat(r.stdout()).isEqualTo("2\n");
        assertThat(r.stderr()).doesNotContain("DATA RACE");
        assertThat(r.exit()).isZero();
    }

    @Test
    void sampledExplorationStopsAtTheFirstRacyScheduleAndItsTokenReplaysTheReport() {
        Explored e = explore("--race", "--procs", "2", "--runs", "2000", "--jobs", "2", SOMETIMES.toString());
        assertThat(e.exit()).as(e.stdout()).isEqualTo(66);
        String report = e.report();
        assertThat(RaceCorpusTest.reportedPairs(report)).containsExactly(Set.of(16, 24));
        // The racy outcome says so; the clean one does not.
        assertThat(e.stdout()).containsPattern("exit 66, data race, schedule " + Pattern.quote(e.token()));
        assertThat(e.stdout()).containsPattern("\\), exit 0, schedule ");
        assertThat(e.stdout()).contains("replay it: spindle run --race --schedule " + e.token() + " " + SOMETIMES);

        RaceCorpusTest.Run replay = RaceCorpusTest.run("--race", "--schedule", e.token(), SOMETIMES.toString());
        assertThat(replay.stderr()).isEqualTo(report + "Found 1 data race(s)\n");
        assertThat(replay.exit()).isEqualTo(66);
        // The race is rare under Go's odds: most schedules before it ran clean.
        assertThat(e.run()).isGreaterThan(1);
    }

    @Test
    void theFirstRaceIsTheFirstInTheSearchsOrderWhateverTheThreads() {
        Explored one = explore("--race", "--procs", "2", "--runs", "2000", "--jobs", "1", SOMETIMES.toString());
        Explored two = explore("--race", "--procs", "2", "--runs", "2000", "--jobs", "2", SOMETIMES.toString());
        assertThat(two.token()).isEqualTo(one.token());
        assertThat(two.run()).isEqualTo(one.run());
        // Each outcome's own schedule too: the lowest-numbered run that gave it. (The counts may
        // differ: with two threads, a run started before the race was found may still finish, and
        // the list is ordered by count, so compare the outcomes, not their order.)
        assertThat(outcomeTokens(one)).hasSize(2);
        assertThat(outcomeTokens(two)).containsExactlyInAnyOrderElementsOf(outcomeTokens(one));
    }

    private static List<String> outcomeTokens(Explored e) {
        return e.stdout().lines().filter(l -> l.startsWith("outcome "))
                .map(l -> l.replaceAll("^outcome \\d+: \\d+ of \\d+ schedules \\([^)]*\\), ", "")).toList();
    }

    @Test
    void exhaustiveExplorationFindsTheRaceAndEveryOutcomeCarriesItsVerdict() {
        Explored e = explore("--race", "--keep-going", "--exhaustive", "--procs", "2", "--jobs", "2", SOMETIMES.toString());
        assertThat(e.exit()).isEqualTo(66);
        assertThat(e.stdout()).contains("complete: 3 outcomes");
        // x = 2 after the receive: clean. x = 3 or 1 after the default case: a race.
        List<String> lines = e.stdout().lines().toList();
        assertThat(verdict(lines, "2")).isEqualTo("exit 0");
        assertThat(verdict(lines, "3")).isEqualTo("exit 66, data race");
        assertThat(verdict(lines, "1")).isEqualTo("exit 66, data race");
        RaceCorpusTest.Run replay = RaceCorpusTest.run("--race", "--schedule", e.token(), SOMETIMES.toString());
        assertThat(replay.stderr()).startsWith(e.report());
    }

    /** The status of the outcome whose only output line is {@code printed}. */
    private static String verdict(List<String> lines, String printed) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).startsWith("outcome ") && lines.get(i + 1).equals("  | " + printed)) {
                Matcher m = Pattern.compile("\\), (.*), schedule \\S+$").matcher(lines.get(i));
                assertThat(m.find()).isTrue();
                return m.group(1);
            }
        }
        throw new AssertionError("no outcome printing " + printed + " in\n" + String.join("\n", lines));
    }

    @Test
    void aCorrectProgramExploredUnderTheDetectorHasNoRace() {
        Explored e = explore("--race", "--procs", "2", "--runs", "40", "--jobs", "2",
                RaceCorpusTest.CORPUS.resolve("clean_handoff.go").toString());
        assertThat(e.exit()).as(e.stdout()).isZero();
        assertThat(e.stdout()).contains("no data race in 40 schedules").doesNotContain("data race,");
    }

    @Test
    void keepGoingNeedsRace() {
        assertThat(explore("--keep-going", SOMETIMES.toString()).exit()).isEqualTo(2);
    }
}
