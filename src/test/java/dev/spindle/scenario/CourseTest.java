package dev.spindle.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in course as issues 7, 14, 15 and 20 list it: 26 lessons, in order, each valid and compiling. */
class CourseTest {
    private static Course course;

    @BeforeAll
    static void load() throws Exception {
        course = Course.builtIn();
    }

    @Test
    void theLessonsInTheIssuesOrder() {
        assertThat(course.lessons()).extracting(Lesson::title).containsExactly(
                "Your first goroutine",
                "Waiting with a WaitGroup",
                "defer wg.Done()",
                "WaitGroup mistakes",
                "Concurrency vs parallelism: the kitchen",
                "GOMAXPROCS",
                "Order is not guaranteed",
                "Goroutines are cheap",
                "Channels: the hand-off",
                "Buffered channels, close and range",
                "Worker pool",
                "Pipeline and fan-in",
                "select",
                "Mutex and atomics",
                "Deadlocks",
                "Fairness and preemption",
                "Work stealing",
                "Data races",
                "Cancel with context",
                "errgroup",
                "How many outcomes?",
                "You schedule: the lost update",
                "You schedule: the two orders",
                "You schedule: a deadlock by lock order",
                "You schedule: checked, then acted",
                "You schedule: the lost message");
        for (int i = 0; i < course.lessons().size(); i++) {
            assertThat(course.lessons().get(i).number()).isEqualTo(i + 1);
        }
    }

    @Test
    void everyLessonCompilesAndIsComplete() throws Exception {
        for (Lesson l : course.lessons()) {
            assertThat(LessonCompiler.compile(l).ok()).as(l.label()).isTrue();
            LessonCompiler.check(l); // every program of a gallery lesson
            assertThat(l.programs()).as(l.label()).allSatisfy(p -> assertThat(p.narration()).isNotEmpty());
            assertThat(l.prediction()).as(l.label()).isNotNull();
            assertThat(l.narration()).as(l.label()).isNotEmpty();
            assertThat(l.concepts()).as(l.label()).isNotEmpty();
        }
    }

    @Test
    void lessonTwoIsTheClassic() {
        Lesson two = course.lesson(2).orElseThrow();
        assertThat(two.source())
                .contains("wg.Add(1)", "defer wg.Done()", "wg.Wait()", "All goroutines finished executing");
        assertThat(two.has(Tool.COMPARE_SEEDS)).isTrue();
        assertThat(course.lesson(5).orElseThrow().has(Tool.KITCHEN_CHART)).isTrue();
        assertThat(course.lesson(4).orElseThrow().ending()).isEqualTo(Ending.PANIC);
        assertThat(course.lesson(15).orElseThrow().ending()).isEqualTo(Ending.DEADLOCK);
        assertThat(course.lesson(15).orElseThrow().variants()).hasSize(5);
    }

    @Test
    void theYouScheduleLevelsHaveGoalsAndTheOthersNone() {
        for (Lesson l : course.lessons()) {
            assertThat(l.goal() != null).as(l.label()).isEqualTo(l.number() >= 22);
        }
        assertThat(course.lesson(22).orElseThrow().goal().when()).hasSize(1);
        assertThat(course.lesson(22).orElseThrow().goal().when().getFirst().toString()).isEqualTo("print text~\"balance 10\"");
        assertThat(course.lesson(23).orElseThrow().goal().when()).hasSize(2);
        assertThat(course.lesson(23).orElseThrow().source()).isEqualTo(course.lesson(2).orElseThrow().source());
    }

    @Test
    void nextLessonAndResumingFollowTheCourseAndTheProgress() {
        ProgressStore progress = new InMemoryProgress();
        assertThat(course.resumeWith(progress)).map(Lesson::number).contains(1);
        progress.setStatus(course.lesson(1).orElseThrow().key(), ProgressStore.Status.COMPLETED);
        progress.started(course.lesson(2).orElseThrow().key());
        assertThat(course.resumeWith(progress)).map(Lesson::number).contains(2);
        assertThat(course.after(course.lesson(2).orElseThrow())).map(Lesson::number).contains(3);
        assertThat(course.after(course.lesson(17).orElseThrow())).map(Lesson::number).contains(18);
        assertThat(course.after(course.lesson(21).orElseThrow())).map(Lesson::number).contains(22);
        assertThat(course.after(course.lesson(26).orElseThrow())).isEmpty();
        assertThat(course.lesson(27)).isEmpty();
        progress.started(course.lesson(1).orElseThrow().key());
        assertThat(progress.status("01-first-goroutine")).isEqualTo(ProgressStore.Status.COMPLETED);
        assertThat(List.of(course.lesson(2).orElseThrow().key())).containsExactly("02-waitgroup");
    }
}
