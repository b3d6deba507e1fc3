package dev.spindle.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.LessonCompiler;
import dev.spindle.trace.Event;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the narration points at, in the run each lesson is written for (its recommended cores
 * and seed, on the real engine): every step that names goroutines names at least one that
 * exists then, and the lessons that teach with it point at the right ones. No JavaFX: the
 * follower is fed the whole log, in batches as the screen would.
 */
class NarrationFollowerTest {

    static List<Event> run(Lesson lesson) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A lesson that teaches with the race detector is written for a run with it on.
        Engine engine = GoProgram.engine(LessonCompiler.compile(lesson).program(),
                EngineConfig.of(lesson.recommended().cores(), lesson.recommended().seed(), out, new ByteArrayOutputStream()),
                new dev.spindle.trace.EventLog(), lesson.has(dev.spindle.scenario.Tool.RACE_DETECTOR) ? "prog.go" : null);
        engine.start();
        RunResult r = engine.await(60_000);
        if (r == null) {
            engine.stop();
            engine.await();
        }
        return engine.log().snapshot();
    }

    /** Every step told, fed in batches of 7 events (the screen's batches vary; the answer must not). */
    static List<NarrationFollower.Told> told(Lesson lesson, List<Event> log) {
        NarrationFollower f = new NarrationFollower(lesson.narration());
        List<NarrationFollower.Told> told = new ArrayList<>();
        for (int i = 0; i < log.size(); i += 7) {
            told.addAll(f.feed(log.subList(i, Math.min(log.size(), i + 7))));
        }
        return told;
    }

    static Stream<Integer> lessonsThatPoint() throws Exception {
        return Course.builtIn().lessons().stream()
                .filter(l -> l.narration().stream().anyMatch(s -> !s.goroutines().isEmpty()))
                .map(Lesson::number);
    }

    @ParameterizedTest(name = "lesson {0}")
    @MethodSource("lessonsThatPoint")
    void everyStepThatNamesGoroutinesPointsAtSome(int number) throws Exception {
        Lesson lesson = Course.builtIn().lesson(number).orElseThrow();
        List<NarrationFollower.Told> told = told(lesson, run(lesson));
        assertThat(told).hasSize(lesson.narration().size());
        for (NarrationFollower.Told t : told) {
            if (!t.step().goroutines().isEmpty()) {
                assertThat(t.goroutines()).as(lesson.label() + ": \"" + t.step().say() + "\" at " + t.due().event())
                        .isNotEmpty();
            }
        }
    }

    @Test
    void lessonTwoPointsAtMainWhenItBlocksOnWait() throws Exception {
        Lesson lesson = Course.builtIn().lesson(2).orElseThrow();
        List<NarrationFollower.Told> told = told(lesson, run(lesson));
        assertThat(told.get(0).goroutines()).containsExactly(7L);
        assertThat(told.get(1).goroutines()).containsExactly(8L);
        assertThat(told.get(2).step().say()).startsWith("main blocks on wg.Wait()");
        assertThat(told.get(2).goroutines()).containsExactly(1L);
        assertThat(told.get(2).step().lines()).containsExactly(23);
    }

    @Test
    void lessonSeventeenPointsAtTheGoroutinesTheFirstStealMoved() throws Exception {
        Lesson lesson = Course.builtIn().lesson(17).orElseThrow();
        List<Event> log = run(lesson);
        NarrationFollower.Told firstSteal = told(lesson, log).get(1);
        Event.Steal steal = (Event.Steal) firstSteal.due().event();
        assertThat(firstSteal.goroutines()).hasSize(steal.count());
        // They are tasks (never main), and the next goroutine the thief starts is one of them.
        assertThat(firstSteal.goroutines()).doesNotContain(1L);
        long firstRunOnThief = log.stream().skip(steal.seq() + 1)
                .filter(e -> e instanceof Event.GoStart s && s.p() == steal.toP())
                .findFirst().orElseThrow().g();
        assertThat(firstSteal.goroutines()).contains(firstRunOnThief);
    }

    @Test
    void theDeadlockStepPointsAtTheWholeCycle() throws Exception {
        Lesson lesson = Course.builtIn().lesson(15).orElseThrow();
        List<NarrationFollower.Told> told = told(lesson, run(lesson));
        Set<Long> diners = Set.of(told.get(0).goroutines().iterator().next(), told.get(1).goroutines().iterator().next());
        assertThat(diners).hasSize(2).doesNotContain(1L);
        assertThat(told.get(2).due().event()).isInstanceOf(Event.Deadlock.class);
        assertThat(told.get(2).goroutines()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(diners.stream(), Stream.of(1L)).toList());
    }

    /**
     * Every program of the deadlock gallery: the last step is told at the deadlock and rings
     * exactly the goroutines Go's report lists (the ones caught in the wait).
     */
    @ParameterizedTest(name = "deadlock program {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4, 5})
    void theDeadlockGalleryRingsTheGoroutinesInGosReport(int variant) throws Exception {
        Lesson lesson = Course.builtIn().lesson(15).orElseThrow().variant(variant - 1);
        List<NarrationFollower.Told> told = told(lesson, run(lesson));
        assertThat(told).hasSize(lesson.narration().size());
        NarrationFollower.Told last = told.getLast();
        Event.Deadlock deadlock = (Event.Deadlock) last.due().event();
        Set<Long> inReport = java.util.regex.Pattern.compile("(?m)^goroutine (\\d+) \\[").matcher(deadlock.report())
                .results().map(m -> Long.parseLong(m.group(1))).collect(java.util.stream.Collectors.toSet());
        assertThat(inReport).contains(1L);
        assertThat(last.goroutines()).as(deadlock.report()).containsExactlyInAnyOrderElementsOf(inReport);
    }

    @Test
    void aRewindRetellsWithTheSameHighlights() throws Exception {
        Lesson lesson = Course.builtIn().lesson(17).orElseThrow();
        List<Event> log = run(lesson);
        NarrationFollower f = new NarrationFollower(lesson.narration());
        List<NarrationFollower.Told> first = f.feed(log);
        f.reset();
        List<NarrationFollower.Told> again = f.feed(log);
        assertThat(again).extracting(NarrationFollower.Told::goroutines)
                .containsExactlyElementsOf(first.stream().map(NarrationFollower.Told::goroutines).toList());
    }
}
