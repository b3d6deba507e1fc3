package dev.spindle.runtime.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Ps are lanes, not threads: GOMAXPROCS(100000) keeps a hundred thousand Ps for the scheduler
 * while a small pool of carrier threads runs them, and the run stays deterministic.
 */
class CarrierPoolTest {

    private static final String PROGRAM = """
            package main

            import (
            	"fmt"
            	"runtime"
            )

            func main() {
            	fmt.Println(runtime.GOMAXPROCS(100000))
            	fmt.Println(runtime.GOMAXPROCS(0))
            	done := make(chan int)
            	for i := 0; i < 20; i++ {
            		go func(i int) {
            			s := 0
            			for j := 0; j < 20000; j++ {
            				s += j % (i + 1)
            			}
            			done <- s
            		}(i)
            	}
            	total := 0
            	for i := 0; i < 20; i++ {
            		total += <-done
            	}
            	fmt.Println(total)
            }
            """;

    private record Run(String stdout, int carriers) {}

    private static Run run(long seed) throws Exception {
        Frontend.Result r = Frontend.compile("prog.go", PROGRAM);
        assertThat(r.errors()).isEmpty();
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Engine engine = GoProgram.engine(r.program(), EngineConfig.of(2, seed, out, err));
        AtomicInteger most = new AtomicInteger();
        Thread watcher = Thread.ofPlatform().daemon(true).start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                int n = (int) Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().startsWith("spindle-carrier-") && t.isAlive()).count();
                most.accumulateAndGet(n, Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        RunResult result = engine.run();
        watcher.interrupt();
        watcher.join();
        assertThat(result.exitCode()).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return new Run(out.toString(StandardCharsets.UTF_8), most.get());
    }

    @Test
    void aHundredThousandPsRunOnAFewCarriersAndGiveGosAnswer() throws Exception {
        Run a = run(7);
        assertThat(a.stdout()).startsWith("2\n100000\n");
        int expected = 0;
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 20000; j++) {
                expected += j % (i + 1);
            }
        }
        assertThat(a.stdout()).endsWith("\n" + expected + "\n");
        // Other engines of the test JVM may have carriers too; this one adds at most its pool.
        assertThat(a.carriers()).isLessThanOrEqualTo(64);
    }

    @Test
    void sameSeedSameOutputWithMorePsThanCarriers() throws Exception {
        assertThat(run(3).stdout()).isEqualTo(run(3).stdout());
    }
}
