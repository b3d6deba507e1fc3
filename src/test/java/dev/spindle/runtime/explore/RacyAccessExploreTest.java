package dev.spindle.runtime.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Program;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.LessonCompiler;
import org.junit.jupiter.api.Test;

/**
 * A racy program's accesses to shared memory are visible operations (vm.value.Owned): the
 * explorer chooses which goroutine's read or write of a shared variable goes next, so it
 * finds a lost update even with nothing between the read and the write (x++), where before
 * it only found the right total. Lesson 14's "One lost update" relies on it.
 */
class RacyAccessExploreTest {

    @Test
    void aLostUpdateInsideXPlusPlusIsFoundByEveryStrategy() throws InterruptedException {
        Program p = ExploreFixtures.program("plain_lost_update");
        Explorer.Report exhaustive = ExplorerTest.explore(p, 2, Strategy.EXHAUSTIVE, 10_000);
        assertThat(exhaustive.complete()).isTrue();
        assertThat(ExplorerTest.outputs(exhaustive)).containsExactlyInAnyOrder("1\n", "2\n");
        assertThat(ExplorerTest.outputs(ExplorerTest.explore(p, 2, Strategy.RANDOM, 300))).containsExactlyInAnyOrder("1\n", "2\n");
        assertThat(ExplorerTest.outputs(ExplorerTest.explore(p, 2, Strategy.PCT, 300))).containsExactlyInAnyOrder("1\n", "2\n");
    }

    @Test
    void lesson14sLostUpdateIsABarWhoseScheduleReplaysIt() throws Exception {
        Lesson lesson = Course.builtIn().lesson(14).orElseThrow();
        Lesson lost = lesson.variant(1);
        assertThat(lost.sourceName()).isEqualTo("lost-update.go");
        assertThat(lesson.tools()).contains(dev.spindle.scenario.Tool.OUTCOMES);
        Program p = LessonCompiler.compile(lost).program();
        Explorer.Report r = ExplorerTest.explore(p, lesson.recommended().cores(), Strategy.EXHAUSTIVE, 20_000);
        assertThat(r.complete()).isTrue();
        assertThat(ExplorerTest.outputs(r)).containsExactlyInAnyOrder("count: 2\n", "count: 1\n");
        Explorer.Found bad = r.outcomes().stream().filter(f -> f.outcome().stdout().equals("count: 1\n")).findFirst().orElseThrow();
        var replay = ScheduleReplayTest.run(p, bad.schedule(), bad.schedule().chooser());
        assertThat(replay.out()).isEqualTo("count: 1\n");
        assertThat(ScheduleReplayTest.run(p, bad.schedule(), bad.schedule().chooser()).log()).isEqualTo(replay.log());
    }
}
