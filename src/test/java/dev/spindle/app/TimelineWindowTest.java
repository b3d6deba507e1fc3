package dev.spindle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.spindle.app.FxWait.fx;

import dev.spindle.app.history.History;
import dev.spindle.app.history.SliceRow;
import dev.spindle.app.history.Wake;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.app.view.TimelineView;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.Lesson;
import dev.spindle.trace.Event;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline and the "why" on the worker-pool lesson (11), in the real window, headless:
 * one row per P, a slice for every run the log has, the playhead on the shown event through
 * Step and Back, a click on a slice going to its start, the waker's line for a woken
 * goroutine; the code view's markers on every goroutine's line at every step; and no
 * {@code 0.000000s} anywhere once the program ran.
 */
class TimelineWindowTest {
    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private Stage stage;
    private Lesson lesson;

    @BeforeEach
    void start() throws Exception {
        lesson = Course.builtIn().lesson(11).orElseThrow();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            window.showIn(stage);
            stage.setWidth(MainWindow.WIDTH);
            stage.setHeight(MainWindow.HEIGHT);
        });
        fx(() -> {
            window.session().coresProperty().set(lesson.recommended().cores());
            window.session().seedProperty().set(lesson.recommended().seed());
            window.openSource("main.go", lesson.source());
            return null;
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get() && playback().knownProperty().get() > 0));
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.setupFixture(() -> stage.hide());
        FxToolkit.cleanupStages();
    }

    @Test
    void stepByStepThePlayheadAndEveryGoroutinesMarkerFollowTheLog() throws Exception {
        int steps = 0;
        while (!fx(() -> playback().finishedProperty().get())) {
            int before = fx(() -> playback().cursorProperty().get());
            fx(() -> {
                playback().step();
                return null;
            });
            waitUntil(() -> fx(() -> playback().cursorProperty().get() > before || playback().finishedProperty().get()));
            WaitForAsyncUtils.waitForFxEvents();
            int cursor = fx(() -> playback().cursorProperty().get());
            List<Event> log = fx(() -> List.copyOf(playback().events().subList(0, cursor)));
            assertThat(fx(() -> timeline().playheadTime())).as("playhead after %d events", cursor).isEqualTo(log.getLast().time());
            assertThat(fx(() -> asSets(window.view().code().markers()))).as("markers after %d events", cursor)
                    .isEqualTo(linesOfLive(log));
            steps++;
        }
        assertThat(steps).isGreaterThan(50);
        // Back: the playhead goes back with the shown event.
        for (int i = 0; i < 5; i++) {
            fx(() -> {
                playback().back();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            int cursor = fx(() -> playback().cursorProperty().get());
            long time = fx(() -> playback().events().get(cursor - 1).time());
            assertThat(fx(() -> timeline().playheadTime())).isEqualTo(time);
            assertThat(fx(() -> asSets(window.view().code().markers())))
                    .isEqualTo(linesOfLive(fx(() -> List.copyOf(playback().events().subList(0, cursor)))));
        }
    }

    @Test
    void oneRowPerPASliceForEveryRunAndAClickOnASliceGoesToItsStartAndShowsTheWakersLine() throws Exception {
        runToEnd();
        List<Event> log = fx(() -> List.copyOf(playback().events()));
        History h = fx(() -> timeline().history());
        assertThat(h.procRows()).hasSize(lesson.recommended().cores());
        assertThat(h.sliceCount()).isEqualTo((int) log.stream().filter(e -> e instanceof Event.GoStart).count());

        // A run that started after a wake by another goroutine: click it.
        Wake wake = fx(() -> h.wakes().stream().filter(w -> w.waker() != 0 && h.nextRun(w.g(), w.seq()) != null).findFirst().orElseThrow());
        int[] run = fx(() -> h.nextRun(wake.g(), wake.seq()));
        SliceRow row = h.procRows().get(run[0]);
        fx(() -> {
            // Zoomed so that the slice is wide enough to click.
            timeline().viewport().show(row.start(run[1]) - 2, row.end(run[1]) + 2);
            timeline().paintNow();
            return null;
        });
        double[] at = fx(() -> timeline().sliceCentre(run[0], run[1]));
        Point2D screen = fx(() -> timeline().canvas().localToScreen(at[0], at[1]));
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> playback().cursorProperty().get())).isEqualTo(row.startSeq(run[1]) + 1);
        assertThat(fx(() -> playback().selectedGoroutineProperty().get())).isEqualTo(wake.g());
        assertThat(fx(() -> timeline().playheadTime())).isEqualTo(row.start(run[1]));

        // Why: the waker's statement and line, from the log; the code view marks that line.
        int wakerLine = lastLineOf(log, wake.waker(), wake.seq());
        assertThat(wakerLine).isPositive();
        String statement = lesson.source().lines().toList().get(wakerLine - 1).strip();
        assertThat(fx(() -> timeline().whyText())).startsWith("G" + wake.waker() + "'s `" + statement + "` at line " + wakerLine
                + " woke G" + wake.g());
        assertThat(fx(() -> timeline().arrow())).isEqualTo(wake);
        assertThat(fx(() -> window.view().code().emphasised("waker-line"))).isEqualTo(wakerLine);

        // Hovering a live goroutine's token (as the yard's token does) lights up the line it is at now.
        int cursor = fx(() -> playback().cursorProperty().get());
        var live = linesOfLive(log.subList(0, cursor)).entrySet().stream()
                .filter(e -> !e.getValue().isEmpty()).findFirst().orElseThrow();
        long hovered = live.getValue().iterator().next();
        fx(() -> {
            playback().hoveredGoroutineProperty().set(hovered);
            return null;
        });
        int hoverLine = live.getKey();
        assertThat(fx(() -> window.view().code().emphasised("hover-line"))).isEqualTo(hoverLine);
        fx(() -> {
            playback().hoveredGoroutineProperty().set(0);
            return null;
        });
        assertThat(fx(() -> window.view().code().emphasised("hover-line"))).isZero();
    }

    @Test
    void noTimeOnScreenReadsSecondsToTheMicrosecond() throws Exception {
        runToEnd();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = fx(() -> robot.lookup(n -> n instanceof Labeled).queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null).toList());
        assertThat(texts).isNotEmpty().noneMatch(t -> t.contains("0.000000"));
        assertThat(fx(() -> window.view().console().text())).doesNotContain("0.000000");
        String virtual = fx(() -> robot.lookup("#stat-virtual").queryAs(Labeled.class).getText());
        assertThat(virtual).matches("\\d+ ns|[\\d.]+ (µs|ms|s)");
        String wall = fx(() -> robot.lookup("#stat-wall").queryAs(Labeled.class).getText());
        assertThat(wall).isNotEqualTo("–").doesNotContain("0.000");
    }

    private void runToEnd() throws Exception {
        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> fx(() -> playback().finishedProperty().get()));
        waitUntil(() -> fx(() -> playback().wallNanosProperty().get() > 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Per line, the live goroutines there after {@code log}: each at the line of the last event about it that has one. */
    static Map<Integer, Set<Long>> linesOfLive(List<Event> log) {
        Map<Long, Integer> line = new HashMap<>();
        Set<Long> dead = new HashSet<>();
        for (Event e : log) {
            switch (e) {
                case Event.GoCreate c -> {
                    line.put(c.g(), c.line());
                    if (c.line() > 0) {
                        line.put(c.parent(), c.line());
                    }
                }
                case Event.GoEnd end -> dead.add(end.g());
                default -> {
                    int l = lineOf(e);
                    if (l > 0) {
                        line.put(e.g(), l);
                    }
                }
            }
        }
        Map<Integer, Set<Long>> out = new TreeMap<>();
        line.forEach((g, l) -> {
            if (g != 0 && l > 0 && !dead.contains(g)) {
                out.computeIfAbsent(l, k -> new HashSet<>()).add(g);
            }
        });
        return out;
    }

    private static int lastLineOf(List<Event> log, long g, int beforeSeq) {
        int line = 0;
        for (Event e : log.subList(0, beforeSeq)) {
            if (e instanceof Event.GoCreate c && c.parent() == g && c.line() > 0) {
                line = c.line();
            } else if (e.g() == g && lineOf(e) > 0) {
                line = lineOf(e);
            }
        }
        return line;
    }

    private static int lineOf(Event e) {
        return switch (e) {
            case Event.GoStart s -> s.line();
            case Event.GoBlock b -> b.line();
            case Event.GoStop s -> s.line();
            case Event.GoPreempt p -> p.line();
            case Event.GoSched s -> s.line();
            case Event.WaitGroupAdd a -> a.line();
            case Event.ChanMake m -> m.line();
            case Event.ChanSend s -> s.line();
            case Event.ChanRecv r -> r.line();
            case Event.ChanClose c -> c.line();
            case Event.MutexLock m -> m.line();
            case Event.MutexUnlock m -> m.line();
            case Event.Print p -> p.line();
            default -> 0;
        };
    }

    private static Map<Integer, Set<Long>> asSets(Map<Integer, List<Long>> m) {
        Map<Integer, Set<Long>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, new HashSet<>(v)));
        return out;
    }

    private TimelineView timeline() {
        return window.view().timeline();
    }

    private Playback playback() {
        return window.session().playback();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
