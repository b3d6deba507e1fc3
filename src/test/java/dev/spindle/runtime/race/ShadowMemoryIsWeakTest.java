package dev.spindle.runtime.race;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.trace.EventLog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The detector's shadow memory does not keep the program's containers alive: a --race run
 * that touches 100,000 structs and keeps one holds shadow state for a handful of containers
 * once the collector has run, not for every struct it ever touched.
 */
class ShadowMemoryIsWeakTest {
    private static final String CHURN = """
            package main

            import "fmt"

            type T struct{ x, y int }

            var keep *T

            func main() {
            	for i := 0; i < 100000; i++ {
            		p := &T{}
            		p.x = i
            		p.y = p.x + 1
            		if i == 1000 {
            			keep = p
            		}
            	}
            	fmt.Println(keep.y)
            }
            """;

    @Test
    void droppedContainersTakeTheirShadowWithThem() throws Exception {
        Frontend.Result r = Frontend.compile("churn.go", CHURN);
        assertThat(r.errors()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Engine engine = GoProgram.engine(r.program(), EngineConfig.of(1, 1, out, new ByteArrayOutputStream()),
                EventLog.discarding(), "churn.go");
        assertThat(engine.run().exitCode()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("1001\n");
        assertThat(engine.raceLocations()).isGreaterThanOrEqualTo(200_000); // x and y of every struct
        // The engine (and the kept struct through it) is still reachable here; the 99,999 others are not.
        for (int i = 0; i < 50 && engine.raceLiveContainers() > 100; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(engine.raceLiveContainers()).isPositive().isLessThan(100);
    }
}
