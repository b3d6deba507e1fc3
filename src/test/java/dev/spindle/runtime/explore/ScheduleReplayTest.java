package dev.spindle.runtime.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Chooser;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RecordingChooser;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.Schedule;
import dev.spindle.runtime.SeededChooser;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.trace.EventLog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Schedules are data: a token replays its run byte for byte (output and event log), under
 * both models; a seeded run's token is just its seed.
 */
class ScheduleReplayTest {

    record Run(String out, String log, int exit) {}

    static Run run(Program p, Schedule schedule, Chooser chooser) throws InterruptedException {
        var out = new ByteArrayOutputStream();
        EventLog log = new EventLog();
        Engine e = GoProgram.engine(p, EngineConfig.of(schedule.procs(), schedule.seed(), out, new ByteArrayOutputStream()),
                log, schedule, chooser);
        e.start();
        RunResult r = e.await(60_000);
        assertThat(r).isNotNull();
        return new Run(out.toString(StandardCharsets.UTF_8), log.snapshot().toString(), r.exitCode());
    }

    @Test
    void tokensRoundTrip() {
        Schedule s = new Schedule(3, Chooser.Model.FREE, 1, new int[] {1, 0, 2, 11, 35, 40});
        assertThat(s.token()).isEqualTo("3.f1.102bz~40~");
        assertThat(Schedule.parse(s.token())).isEqualTo(s);
        assertThat(Schedule.parse("2.t7")).isEqualTo(Schedule.seeded(2, 7));
        assertThatThrownBy(() -> Schedule.parse("2.x7")).hasMessageContaining("not a schedule token");
        assertThatThrownBy(() -> Schedule.parse("hello")).hasMessageContaining("not a schedule token");
        assertThatThrownBy(() -> Schedule.parse("0.t1")).hasMessageContaining("GOMAXPROCS");
    }

    @Test
    void aSeedsTokenIsThatSeedsRun() throws InterruptedException {
        Program p = ExploreFixtures.program("three_by_two");
        for (long seed = 1; seed <= 5; seed++) {
            Schedule s = Schedule.seeded(3, seed);
            Run bySeed = run(p, s, new SeededChooser(seed));
            Run byToken = run(p, Schedule.parse(s.token()), Schedule.parse(s.token()).chooser());
            assertThat(byToken).isEqualTo(bySeed);
        }
    }

    @Test
    void aRecordedScheduleReplaysByteForByteUnderBothModels() throws InterruptedException {
        for (String name : new String[] {"three_by_two", "lost_update", "select_ready", "three_senders"}) {
            Program p = ExploreFixtures.program(name);
            for (Chooser.Model model : Chooser.Model.values()) {
                for (long seed = 1; seed <= 4; seed++) {
                    var rec = new RecordingChooser(new SeededChooser(seed, model));
                    Schedule seeded = new Schedule(3, model, seed, new int[0]);
                    Run original = run(p, seeded, rec);
                    Schedule recorded = rec.schedule(3, seed);
                    Run replayed = run(p, Schedule.parse(recorded.token()), Schedule.parse(recorded.token()).chooser());
                    assertThat(replayed).as(name + " " + recorded.token()).isEqualTo(original);
                }
            }
        }
    }
}
