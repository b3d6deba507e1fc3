package dev.spindle.runtime.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Schedule;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.LessonCompiler;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The explorer's "Done when": exhaustive search finds every order Go allows and says
 * complete; every outcome's token replays to that outcome; hangs are an outcome.
 */
class ExplorerTest {

    static Explorer.Report explore(Program p, int procs, Strategy s, int runs) throws InterruptedException {
        return new Explorer(p, new Explorer.Options(procs, s, runs, 2, 2, 60_000)).run(null);
    }

    static Set<String> outputs(Explorer.Report r) {
        return r.outcomes().stream().map(f -> f.outcome().stdout()).collect(Collectors.toSet());
    }

    @Test
    void lessonTwoAtTwoProcsHasBothOrdersAndIsComplete() throws Exception {
        Program p = LessonCompiler.compile(Course.builtIn().lesson(2).orElseThrow()).program();
        Explorer.Report r = explore(p, 2, Strategy.EXHAUSTIVE, 10_000);
        assertThat(outputs(r)).containsExactlyInAnyOrder(
                "Executing 1st goroutine\nExecuting 2nd goroutine\nAll goroutines finished executing\n",
                "Executing 2nd goroutine\nExecuting 1st goroutine\nAll goroutines finished executing\n");
        assertThat(r.complete()).isTrue();
        assertThat(r.summary(Strategy.EXHAUSTIVE)).startsWith("complete: 2 outcomes, ");
    }

    @Test
    void threeGoroutinesPrintingTwiceAtThreeProcsGiveAllNinetyOrders() throws InterruptedException {
        Explorer.Report r = explore(ExploreFixtures.program("three_by_two"), 3, Strategy.EXHAUSTIVE, 200_000);
        assertThat(r.complete()).isTrue();
        assertThat(r.outcomes()).hasSize(90); // 6! / (2! 2! 2!)
        for (Explorer.Found f : r.outcomes()) {
            List<String> lines = f.outcome().lines();
            assertThat(lines.indexOf("a1")).isLessThan(lines.indexOf("a2"));
            assertThat(lines.indexOf("b1")).isLessThan(lines.indexOf("b2"));
            assertThat(lines.indexOf("c1")).isLessThan(lines.indexOf("c2"));
        }
    }

    @Test
    void smallRacyProgramsGiveTheOutcomesGoAllows() throws InterruptedException {
        assertThat(outputs(explore(ExploreFixtures.program("two_printers"), 2, Strategy.EXHAUSTIVE, 10_000)))
                .containsExactlyInAnyOrder("first\nsecond\ndone\n", "second\nfirst\ndone\n");
        assertThat(outputs(explore(ExploreFixtures.program("lost_update"), 2, Strategy.EXHAUSTIVE, 10_000)))
                .containsExactlyInAnyOrder("1\n", "2\n");
        assertThat(outputs(explore(ExploreFixtures.program("main_exits"), 2, Strategy.EXHAUSTIVE, 10_000)))
                .containsExactlyInAnyOrder("goroutine\nmain\n", "main\n", "main\ngoroutine\n");
        assertThat(outputs(explore(ExploreFixtures.program("buffered_writers"), 2, Strategy.EXHAUSTIVE, 10_000)))
                .containsExactlyInAnyOrder("a b\n", "b a\n");
        assertThat(outputs(explore(ExploreFixtures.program("select_ready"), 2, Strategy.EXHAUSTIVE, 10_000)))
                .containsExactlyInAnyOrder("a\n", "b\n");
    }

    @Test
    void everyOutcomesTokenReplaysToIt() throws InterruptedException {
        for (Strategy s : Strategy.values()) {
            Program p = ExploreFixtures.program("lost_update");
            Explorer.Report r = explore(p, 2, s, 60);
            assertThat(r.outcomes()).isNotEmpty();
            for (Explorer.Found f : r.outcomes()) {
                Schedule sch = Schedule.parse(f.schedule().token());
                var run = ScheduleReplayTest.run(p, sch, sch.chooser());
                assertThat(run.out()).as(s + " " + sch).isEqualTo(f.outcome().stdout());
            }
        }
    }

    @Test
    void aProgramThatNeverEndsIsAnOutcomeNotAHang() throws InterruptedException {
        Program p = dev.spindle.lang.compile.Frontend.compile("prog.go", """
                package main

                import "fmt"

                func main() {
                	fmt.Println("start")
                	for i := 0; ; i++ {
                	}
                }
                """).program();
        Explorer.Report r = explore(p, 2, Strategy.RANDOM, 2);
        assertThat(r.outcomes()).singleElement().satisfies(f -> {
            assertThat(f.outcome().finished()).isFalse();
            assertThat(f.outcome().stdout()).isEqualTo("start\n");
            assertThat(f.outcome().status()).isEqualTo("did not finish");
        });
    }

    /** Sleeps cost no work: a program that waits seconds on timers (Go by Example's timeouts) finishes. */
    @Test
    void aProgramThatSleepsSecondsFinishesWithGosOutput() throws InterruptedException {
        Program p = dev.spindle.lang.compile.Frontend.compile("prog.go", """
                package main

                import (
                	"fmt"
                	"time"
                )

                func main() {
                	c := make(chan string, 1)
                	go func() {
                		time.Sleep(2 * time.Second)
                		c <- "result"
                	}()
                	select {
                	case r := <-c:
                		fmt.Println(r)
                	case <-time.After(1 * time.Second):
                		fmt.Println("timeout")
                	}
                }
                """).program();
        Explorer.Report r = explore(p, 2, Strategy.EXHAUSTIVE, 1_000);
        assertThat(r.complete()).isTrue();
        assertThat(outputs(r)).containsExactly("timeout\n");
    }

}
