package dev.spindle.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonLoaderTest {
    private static final String PROGRAM = """
            package main

            import "fmt"

            func main() {
            	fmt.Println("hi")
            }
            """;

    @TempDir
    Path tmp;

    private Path folder(String name, String yaml) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("main.go"), PROGRAM);
        if (yaml != null) {
            Files.writeString(dir.resolve("lesson.yaml"), yaml);
        }
        return dir;
    }

    @Test
    void aTeachersFolderLoadsWithEveryField() throws Exception {
        Path dir = folder("03-hello", """
                title: Hello
                summary: Says hi.
                concepts: [fmt]
                ends: normally
                recommended: {cores: 3, seed: 9, speed: 2.5}
                tools: [compare-seeds]
                compareSeeds: [4, 5]
                prediction:
                  question: What is printed?
                  choices: [hi, nothing]
                  answer: 1
                  explanation: main prints before returning.
                narration:
                  - when: print g=main
                    say: main prints.
                    lines: [6]
                    goroutines: [g, main, G7]
                """);
        Lesson l = LessonLoader.open(dir);
        assertThat(l.number()).isEqualTo(3);
        assertThat(l.slug()).isEqualTo("hello");
        assertThat(l.key()).isEqualTo("03-hello");
        assertThat(l.recommended()).isEqualTo(new Recommended(3, 9, 2.5));
        assertThat(l.has(Tool.COMPARE_SEEDS)).isTrue();
        assertThat(l.compareSeeds()).containsExactly(4L, 5L);
        assertThat(l.prediction().rightChoice()).isEqualTo("hi");
        assertThat(l.narration()).singleElement().satisfies(s -> {
            assertThat(s.when().event()).isEqualTo("print");
            assertThat(s.lines()).containsExactly(6);
            assertThat(s.goroutines()).containsExactly(new Highlight.EventField("g"), new Highlight.Goroutine(1),
                    new Highlight.Goroutine(7));
        });
        assertThat(LessonCompiler.compile(l).ok()).isTrue();
    }

    @Test
    void aGoalIsOneEventPatternOrSeveralInOrderAndBadOnesAreReportedWhereTheyAre() throws Exception {
        Path one = folder("one-goal", """
                title: Level
                summary: s
                concepts: [x]
                goal:
                  when: print text~"balance 10"
                  say: Make the update get lost.
                """);
        Lesson l = LessonLoader.open(one);
        assertThat(l.goal().say()).isEqualTo("Make the update get lost.");
        assertThat(l.goal().when()).singleElement().satisfies(p -> assertThat(p.event()).isEqualTo("print"));

        Path two = folder("two-goals", """
                title: Level
                summary: s
                concepts: [x]
                goal:
                  when: [print text~2nd, print text~1st]
                  say: The 2nd first.
                """);
        assertThat(LessonLoader.open(two).goal().when()).extracting(EventPattern::toString)
                .containsExactly("print text~2nd", "print text~1st");

        Path bad = folder("bad-goal", """
                title: Level
                summary: s
                concepts: [x]
                goal:
                  when: [print, dedlock]
                  colour: red
                """);
        assertThatThrownBy(() -> LessonLoader.open(bad))
                .isInstanceOfSatisfying(LessonException.class, e -> assertThat(e.problems())
                        .extracting(LessonProblem::toString)
                        .anySatisfy(p -> assertThat(p).startsWith("bad-goal/lesson.yaml:5:17: goal.when[2]: unknown event \"dedlock\""))
                        .contains("bad-goal/lesson.yaml:6:3: goal.colour: unknown field (known here: when, say)")
                        .contains("bad-goal/lesson.yaml:5:3: goal.say: missing"));
    }

    @Test
    void everyProblemIsReportedWithFileLineColumnAndField() throws Exception {
        Path dir = folder("my-lesson", """
                title: Broken
                concepts: [x]
                colour: blue
                recommended: {cores: 0}
                prediction:
                  question: Which?
                  choices: [a, b]
                  answer: 3
                  explanation: none
                narration:
                  - when: stael
                    say: a steal
                  - say: no pattern
                    lines: [99]
                """);
        assertThatThrownBy(() -> LessonLoader.open(dir))
                .isInstanceOfSatisfying(LessonException.class, e -> assertThat(e.problems())
                        .extracting(LessonProblem::toString)
                        .containsExactlyInAnyOrder(
                                "my-lesson/lesson.yaml:1:1: summary: missing",
                                "my-lesson/lesson.yaml:3:1: colour: unknown field (known here: title, summary, concepts, "
                                        + "ends, recommended, prediction, narration, tools, compareSeeds, variants, goal)",
                                "my-lesson/lesson.yaml:4:22: recommended.cores: must be between 1 and 256, found 0",
                                "my-lesson/lesson.yaml:8:11: prediction.answer: must be between 1 and 2, found 3",
                                "my-lesson/lesson.yaml:11:11: narration[1].when: unknown event \"stael\" (events: create, "
                                        + "start, stop, block, unblock, preempt, gosched, end, steal, resize, wg-add, "
                                        + "chan-make, send, recv, close, lock, unlock, timer, print, panic, race, deadlock, exit)",
                                "my-lesson/lesson.yaml:13:5: narration[2].when: missing: the event pattern that releases "
                                        + "this step, e.g. \"block g=main\"",
                                "my-lesson/lesson.yaml:14:13: narration[2].lines[1]: must be between 1 and 7, found 99"));
    }

    @Test
    void predictionOutcomesNeedOneCountPerChoice() throws Exception {
        Path dir = folder("counts", """
                title: Counts
                summary: s
                concepts: [c]
                prediction:
                  question: Which?
                  choices: [a, b]
                  answer: 1
                  outcomes: [1, 2, 6]
                  explanation: none
                """);
        assertThatThrownBy(() -> LessonLoader.open(dir))
                .isInstanceOfSatisfying(LessonException.class, e -> assertThat(e.problems())
                        .extracting(LessonProblem::toString)
                        .containsExactly("counts/lesson.yaml:8:13: prediction.outcomes: expected a list of 2 whole numbers:"
                                + " how many outcomes each choice says the program can have"));
    }

    @Test
    void aHighlightTheStepsEventCannotGiveIsNamedWithItsField() throws Exception {
        Path dir = folder("points", """
                title: Points
                summary: s
                concepts: [c]
                narration:
                  - when: block g=main
                    say: main blocks
                    goroutines: [g, by, stolen, G0, everyone]
                    lines: [zero]
                  - when: steal
                    say: a steal
                    goroutines: [stolen, waiting]
                """);
        assertThatThrownBy(() -> LessonLoader.open(dir))
                .isInstanceOfSatisfying(LessonException.class, e -> assertThat(e.problems())
                        .extracting(LessonProblem::toString)
                        .containsExactlyInAnyOrder(
                                "points/lesson.yaml:7:21: narration[1].goroutines[2]: \"by\" names a goroutine only on "
                                        + "unblock events; this step waits for a block event",
                                "points/lesson.yaml:7:25: narration[1].goroutines[3]: \"stolen\" needs a steal event; "
                                        + "this step waits for a block event",
                                "points/lesson.yaml:7:33: narration[1].goroutines[4]: expected a goroutine (g, parent, by, "
                                        + "stolen, waiting, main, G<number>), found \"G0\"",
                                "points/lesson.yaml:7:37: narration[1].goroutines[5]: expected a goroutine (g, parent, by, "
                                        + "stolen, waiting, main, G<number>), found \"everyone\"",
                                "points/lesson.yaml:8:13: narration[1].lines[1]: expected a whole number, found \"zero\""));
    }

    @Test
    void notYamlAtAll() throws Exception {
        Path dir = folder("bad", "title: [unclosed\n");
        assertThatThrownBy(() -> LessonLoader.open(dir))
                .isInstanceOfSatisfying(LessonException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo("bad/lesson.yaml");
                            assertThat(p.line()).isGreaterThanOrEqualTo(1);
                            assertThat(p.message()).startsWith("not valid YAML");
                        }));
    }

    @Test
    void duplicateKeysAreNamed() throws Exception {
        Path dir = folder("dup", "title: A\nsummary: B\nconcepts: [c]\ntitle: again\n");
        assertThatThrownBy(() -> LessonLoader.open(dir))
                .hasMessage("dup/lesson.yaml:4:1: title: duplicate key (first at line 1)");
    }

    @Test
    void aFolderWithoutMetadataOrAGoFileIsABareLesson() throws Exception {
        Lesson fromFolder = LessonLoader.open(folder("plain", null));
        assertThat(fromFolder.prediction()).isNull();
        assertThat(fromFolder.narration()).isEmpty();
        assertThat(fromFolder.recommended()).isEqualTo(Recommended.DEFAULT);

        Path file = Files.writeString(tmp.resolve("prog.go"), PROGRAM);
        Lesson fromFile = LessonLoader.open(file);
        assertThat(fromFile.title()).isEqualTo("prog");
        assertThat(fromFile.sourceName()).isEqualTo("prog.go");
        assertThat(fromFile.number()).isZero();
    }

    @Test
    void aFolderWithoutMainGoOrSomethingElseIsRefused() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> LessonLoader.open(empty)).hasMessage("empty/main.go: missing: a lesson folder holds its program in main.go");
        Path txt = Files.writeString(tmp.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> LessonLoader.open(txt)).hasMessageContaining("not a lesson");
    }

    @Test
    void compileErrorsArePlacedInTheLessonsFolder() throws Exception {
        Path file = Files.writeString(tmp.resolve("oops.go"), "package main\n\nfunc main() {\n\tx := 1\n}\n");
        Lesson l = LessonLoader.open(file);
        assertThatThrownBy(() -> LessonCompiler.compile(l))
                .isInstanceOfSatisfying(LessonException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).endsWith("oops.go");
                            assertThat(p.line()).isEqualTo(4);
                            assertThat(p.column()).isEqualTo(2);
                            assertThat(p.message()).isEqualTo("declared and not used: x");
                        }));
    }

    private static final String OTHER = """
            package main

            import "fmt"

            func main() {
            	ch := make(chan int)
            	ch <- 1
            	fmt.Println(<-ch)
            }
            """;

    @Test
    void aGalleryLessonHoldsSeveralProgramsEachWithItsNarration() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("gallery"));
        Files.writeString(dir.resolve("hi.go"), PROGRAM);
        Files.writeString(dir.resolve("stuck.go"), OTHER);
        Files.writeString(dir.resolve("lesson.yaml"), """
                title: Gallery
                summary: Two programs.
                concepts: [x]
                variants:
                  - title: Says hi
                    file: hi.go
                    narration:
                      - when: print g=main
                        say: main says hi.
                        lines: [6]
                  - title: Stuck
                    file: stuck.go
                    summary: Nobody receives.
                    narration:
                      - when: deadlock
                        say: Stuck.
                        lines: [7]
                        goroutines: [waiting]
                """);
        Lesson l = LessonLoader.open(dir);
        // No main.go needed: the lesson shows its first program.
        assertThat(l.sourceName()).isEqualTo("hi.go");
        assertThat(l.variant()).isZero();
        assertThat(l.narration()).extracting(NarrationStep::say).containsExactly("main says hi.");
        assertThat(l.variants()).extracting(Variant::title).containsExactly("Says hi", "Stuck");
        assertThat(l.variants()).extracting(Variant::summary).containsExactly("", "Nobody receives.");
        Lesson stuck = l.variant(1);
        assertThat(stuck.sourceName()).isEqualTo("stuck.go");
        assertThat(stuck.source()).isEqualTo(OTHER);
        assertThat(stuck.narration()).extracting(NarrationStep::say).containsExactly("Stuck.");
        assertThat(stuck.key()).isEqualTo(l.key());
        assertThat(stuck.sameLesson(l)).isTrue();
        assertThat(l.programs()).extracting(Lesson::sourceName).containsExactly("hi.go", "stuck.go");
        LessonCompiler.check(l);
        assertThatThrownBy(() -> l.variant(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aBrokenGalleryIsExplainedVariantByVariant() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bad-gallery"));
        Files.writeString(dir.resolve("hi.go"), PROGRAM);
        Files.writeString(dir.resolve("lesson.yaml"), """
                title: Gallery
                summary: s
                concepts: [x]
                narration:
                  - when: exit
                    say: bye
                variants:
                  - title: One
                    file: hi.go
                    colour: red
                    narration:
                      - when: exit
                        say: bye
                        lines: [8]
                  - title: Again
                    file: hi.go
                  - title: Gone
                    file: gone.go
                  - file: ../up.go
                """);
        assertThatThrownBy(() -> LessonLoader.open(dir))
                .isInstanceOfSatisfying(LessonException.class, e -> assertThat(e.problems())
                        .extracting(LessonProblem::toString)
                        .containsExactlyInAnyOrder(
                                "bad-gallery/lesson.yaml:4:1: narration: a lesson with variants tells its narration in "
                                        + "each variant (variants[N].narration)",
                                "bad-gallery/lesson.yaml:10:5: variants[1].colour: unknown field (known here: title, file, "
                                        + "summary, ends, narration)",
                                "bad-gallery/lesson.yaml:14:17: variants[1].narration[1].lines[1]: must be between 1 and 7, "
                                        + "found 8",
                                "bad-gallery/lesson.yaml:16:11: variants[2].file: hi.go is already variant 1's program",
                                "bad-gallery/lesson.yaml:18:11: variants[3].file: no such file in the lesson's folder: "
                                        + "bad-gallery/gone.go",
                                "bad-gallery/lesson.yaml:19:5: variants[4].title: missing",
                                "bad-gallery/lesson.yaml:19:11: variants[4].file: expected a .go file in the lesson's "
                                        + "folder, such as send.go, found \"../up.go\""));

        Files.writeString(dir.resolve("lesson.yaml"), """
                title: Gallery
                summary: s
                concepts: [x]
                variants:
                  - title: One
                    file: hi.go
                """);
        assertThatThrownBy(() -> LessonLoader.open(dir)).hasMessage(
                "bad-gallery/lesson.yaml:5:3: variants: a gallery needs at least 2 variants (one program belongs in main.go)");
    }

    @Test
    void aGalleryProgramThatDoesNotCompileIsNamedByItsFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("g"));
        Files.writeString(dir.resolve("hi.go"), PROGRAM);
        Files.writeString(dir.resolve("oops.go"), "package main\n\nfunc main() {\n\tx := 1\n}\n");
        Files.writeString(dir.resolve("lesson.yaml"), """
                title: G
                summary: s
                concepts: [x]
                variants:
                  - {title: Fine, file: hi.go}
                  - {title: Oops, file: oops.go}
                """);
        Lesson l = LessonLoader.open(dir);
        assertThat(LessonCompiler.compile(l).ok()).isTrue();
        assertThatThrownBy(() -> LessonCompiler.check(l)).hasMessageEndingWith("g/oops.go:4:2: declared and not used: x");
    }
}
