package dev.spindle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.spindle.app.FxWait.fx;

import dev.spindle.app.fold.RunState;
import dev.spindle.app.fold.Timeline;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.CompileError;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.Speed;
import dev.spindle.app.view.gauge.WaitGroupGauge;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window running real Go programs on the engine, headless: what a student sees, read from the scene. */
class PlaybackWindowTest {
    private static final String WAIT_GROUP = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	var wg sync.WaitGroup
            	for i := 1; i <= 3; i++ {
            		wg.Add(1)
            		go func(id int) {
            			defer wg.Done()
            			fmt.Println("worker", id, "done")
            		}(i)
            	}
            	wg.Wait()
            	fmt.Println("all done")
            }
            """;

    /** Four goroutines that keep their carriers busy for a while. */
    private static final String BUSY = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func spin(n int, wg *sync.WaitGroup) {
            	defer wg.Done()
            	s := 0
            	for i := 0; i < n; i++ {
            		s += i % 3
            	}
            	fmt.Println(s)
            }

            func main() {
            	var wg sync.WaitGroup
            	for i := 0; i < 8; i++ {
            		wg.Add(1)
            		go spin(20000000, &wg)
            	}
            	wg.Wait()
            }
            """;

    private static final String FOREVER = """
            package main

            func main() {
            	go func() {
            		for {
            		}
            	}()
            	for {
            	}
            }
            """;

    private static final String SETS_PROCS = """
            package main

            import (
            	"fmt"
            	"runtime"
            )

            func main() {
            	old := runtime.GOMAXPROCS(3)
            	fmt.Println("was", old)
            }
            """;

    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private Stage stage;

    @BeforeEach
    void start() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            window.showIn(stage);
        });
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.setupFixture(() -> stage.hide());
        FxToolkit.cleanupStages();
    }

    @Test
    void waitGroupProgramPlaysToTheEndWithOutputAndGaugeAtZero() throws Exception {
        open(WAIT_GROUP, 2);
        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> playback().finishedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> console = robot.lookup("#console-list").queryAs(ListView.class);
        String text = fx(() -> window.view().console().text());
        assertThat(text).contains("worker 1 done", "worker 2 done", "worker 3 done", "all done");
        assertThat(console.getItems()).hasSize(4);
        WaitGroupGauge gauge = robot.lookup(".wait-group-gauge").queryAs(WaitGroupGauge.class);
        assertThat(gauge.getCounter()).isZero();
        assertThat(gauge.operationsProperty().get()).isEqualTo(6);
    }

    @Test
    void coresSliderFromFourToTwoMidRunLeavesTwoLanes() throws Exception {
        open(BUSY, 4);
        fx(() -> {
            playback().speedProperty().set(200);
            playback().play();
            return null;
        });
        waitUntil(() -> fx(() -> playback().state().lanes().stream().filter(l -> l.running() != 0).count() >= 2));
        assertThat(lanes()).isEqualTo(4);
        slideCoresTo(2);
        assertThat(lanes()).isEqualTo(2);
        fx(() -> {
            playback().pause();
            return null;
        });
    }

    @Test
    void goMaxProcsInTheProgramMovesTheCoresSlider() throws Exception {
        open(SETS_PROCS, 2);
        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> playback().finishedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.view().console().text())).contains("was 2");
        assertThat(robot.lookup("#cores").queryAs(Slider.class).getValue()).isEqualTo(3);
        assertThat(lanes()).isEqualTo(3);
    }

    @Test
    void snippetWithoutPackageOrImportsRunsAndSaysWhatWasAdded() throws Exception {
        open("func main() {\n\tfmt.Println(strings.ToUpper(\"hi\"))\n}\n", 1);
        javafx.scene.control.Label banner = robot.lookup("#snippet-banner").queryAs(javafx.scene.control.Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains("\"fmt\"", "\"strings\"");
        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> playback().finishedProperty().get());
        assertThat(fx(() -> window.view().console().text())).isEqualTo("HI\n");
    }

    @Test
    void spaceKeyPlaysAndPauses() throws Exception {
        open(BUSY, 2);
        fx(() -> {
            robot.lookup("#yard-scroll").query().requestFocus();
            return null;
        });
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertThat(fx(() -> playback().isPlaying())).isTrue();
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertThat(fx(() -> playback().isPlaying())).isFalse();
    }

    @Test
    void stepThenBackRestoresTheSameState() throws Exception {
        open(WAIT_GROUP, 2);
        // The run's setup (GOMAXPROCS 0 -> 2) is shown by itself; Step goes on from there.
        waitUntil(() -> fx(() -> playback().state().procs() == 2));
        int start = fx(() -> playback().cursorProperty().get());
        for (int i = 0; i < 6; i++) {
            int target = start + i + 1;
            fx(() -> {
                playback().step();
                return null;
            });
            waitUntil(() -> fx(() -> playback().cursorProperty().get() >= target));
        }
        String before = fx(() -> fingerprint(playback().state()));
        fx(() -> {
            playback().step();
            return null;
        });
        waitUntil(() -> fx(() -> playback().cursorProperty().get() == start + 7));
        assertThat(fx(() -> fingerprint(playback().state()))).isNotEqualTo(before);
        fx(() -> {
            playback().back();
            return null;
        });
        assertThat(fx(() -> playback().cursorProperty().get())).isEqualTo(start + 6);
        assertThat(fx(() -> fingerprint(playback().state()))).isEqualTo(before);
    }

    @Test
    void aLoadedProgramShowsItsLanesBeforePlayAndTheCoresSliderChangesThem() throws Exception {
        open(WAIT_GROUP, 4);
        // No Step, no Play: the lanes are there, one per core, and nothing has run yet.
        waitUntil(() -> fx(() -> playback().state().procs() == 4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lanes()).isEqualTo(4);
        assertThat(fx(() -> playback().state().console())).isEmpty();
        slideCoresTo(2);
        assertThat(lanes()).isEqualTo(2);
        assertThat(fx(() -> playback().isPlaying())).isFalse();
        // Back to the very start shows the state before any event: no lanes, and it stays so.
        fx(() -> {
            playback().seek(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> playback().state().procs())).isZero();
    }

    @Test
    void brokenProgramShowsGoError() throws Exception {
        fx(() -> {
            window.openSource("prog.go", "package main\n\nfunc main() {\n\tx := 1\n}\n");
            return null;
        });
        waitUntil(() -> fx(() -> !window.view().code().errors().isEmpty()));
        List<CompileError> errors = fx(() -> window.view().code().errors());
        assertThat(errors).extracting(CompileError::text).containsExactly("prog.go:4:2: declared and not used: x");
        ListView<?> list = robot.lookup("#compile-errors").queryAs(ListView.class);
        assertThat(list.isVisible()).isTrue();
        assertThat(fx(() -> playback().loadedProperty().get())).isFalse();
    }

    @Test
    void vetFindingsAreAmberUnderlinesShownBeforePlay() throws Exception {
        fx(() -> {
            window.openSource("prog.go", """
                    package main

                    import (
                    	"fmt"
                    	"sync"
                    )

                    func worker(id int, wg sync.WaitGroup) {
                    	defer wg.Done()
                    	fmt.Println("worker", id)
                    }

                    func main() {
                    	var wg sync.WaitGroup
                    	wg.Add(1)
                    	go worker(1, wg)
                    	wg.Wait()
                    }
                    """);
            return null;
        });
        waitUntil(() -> fx(() -> !window.view().code().warnings().isEmpty()));
        assertThat(fx(() -> window.view().code().warnings())).extracting(CompileError::text).containsExactly(
                "prog.go:8:24: worker passes lock by value: sync.WaitGroup contains sync.noCopy",
                "prog.go:16:15: call of worker copies lock value: sync.WaitGroup contains sync.noCopy");
        // The program compiled and waits for Play; the type in worker's signature is underlined.
        assertThat(fx(() -> playback().loadedProperty().get())).isTrue();
        assertThat(fx(() -> playback().isPlaying())).isFalse();
        assertThat(fx(() -> window.view().code().area().getStyleOfChar(7, 23))).contains("vet-warning");
        assertThat(fx(() -> window.view().code().area().getStyleOfChar(7, 12))).doesNotContain("vet-warning");
        assertThat(fx(() -> window.view().code().errors())).isEmpty();
    }

    @Test
    void pauseStopsAnInfiniteLoopWithin100Milliseconds() throws Exception {
        open(FOREVER, 2);
        fx(() -> {
            playback().speedProperty().set(Speed.FLAT_OUT);
            playback().play();
            return null;
        });
        waitUntil(() -> fx(() -> playback().knownProperty().get() > 20));
        long paused = System.nanoTime();
        fx(() -> {
            playback().pause();
            return null;
        });
        Thread.sleep(100 - Math.min(100, (System.nanoTime() - paused) / 1_000_000));
        // What the engine has logged, read by the next pulses (the screen folds only what it shows).
        WaitForAsyncUtils.waitForFxEvents();
        int atDeadline = fx(() -> playback().knownProperty().get());
        Thread.sleep(300);
        int later = fx(() -> playback().knownProperty().get());
        // The engine finishes at most the round it was in; 100 ms after Pause nothing more arrives.
        assertThat(later).isEqualTo(atDeadline);
        assertThat(fx(() -> playback().isPlaying())).isFalse();
    }

    /** Thousands of goroutines taking turns on a mutex forever: flat out, the log grows faster than a pulse shows it. */
    private static final String MANY = """
            package main

            import "sync"

            func main() {
            	var mu sync.Mutex
            	total := 0
            	for i := 0; i < 2000; i++ {
            		go func() {
            			for {
            				mu.Lock()
            				total++
            				mu.Unlock()
            			}
            		}()
            	}
            	for {
            		mu.Lock()
            		total++
            		mu.Unlock()
            	}
            }
            """;

    @Test
    void pausedFlatOutShowsTheFoldOfTheListedEventsAndStepsFromThere() throws Exception {
        open(MANY, 4);
        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> fx(() -> playback().cursorProperty().get() > 20_000));
        int at = fx(() -> {
            playback().pause();
            return playback().cursorProperty().get();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The screen stays where Pause found it, and shows exactly the fold of the events up to there.
        assertThat(fx(() -> playback().cursorProperty().get())).isEqualTo(at);
        assertThat(fx(() -> fingerprint(playback().state()))).isEqualTo(fx(() -> fingerprint(Timeline.fold(playback().events(), at))));
        ListView<?> events = robot.lookup("#event-list").queryAs(ListView.class);
        assertThat(fx(() -> ((dev.spindle.trace.Event) events.getItems().getLast()).seq())).isEqualTo(at - 1L);

        fx(() -> {
            playback().step();
            return null;
        });
        waitUntil(() -> fx(() -> playback().cursorProperty().get() == at + 1));
        assertThat(fx(() -> fingerprint(playback().state()))).isEqualTo(fx(() -> fingerprint(Timeline.fold(playback().events(), at + 1))));
        fx(() -> {
            playback().back();
            playback().back();
            return null;
        });
        assertThat(fx(() -> fingerprint(playback().state()))).isEqualTo(fx(() -> fingerprint(Timeline.fold(playback().events(), at - 1))));
        assertThat(fx(() -> ((dev.spindle.trace.Event) events.getItems().getLast()).seq())).isEqualTo(at - 2L);
    }

    private void open(String source, int cores) throws Exception {
        fx(() -> {
            window.session().coresProperty().set(cores);
            window.openSource("prog.go", source);
            return null;
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get() && playback().knownProperty().get() > 0));
    }

    private Playback playback() {
        return window.session().playback();
    }

    /** Moves the cores slider as a user would and waits until the shown state has that many Ps. */
    private void slideCoresTo(int n) throws Exception {
        fx(() -> {
            robot.lookup("#cores").queryAs(Slider.class).setValue(n);
            return null;
        });
        waitUntil(() -> fx(() -> playback().state().procs() == n));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int lanes() throws Exception {
        return fx(() -> robot.lookup(".yard-lane").queryAll().size());
    }

    private static String fingerprint(RunState s) {
        StringBuilder b = new StringBuilder();
        s.lanes().forEach(l -> b.append(l.running()).append('/').append(l.runnext()).append('/').append(l.local()).append(';'));
        b.append(s.global()).append(s.rooms()).append(s.done()).append(s.console().size()).append(s.waitGroups().stream()
                .map(w -> w.counter()).toList());
        return b.toString();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
