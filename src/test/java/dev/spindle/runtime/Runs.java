package dev.spindle.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.runtime.spi.GoroutineCode;
import dev.spindle.trace.Event;
import dev.spindle.trace.Validator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/** Runs scripted programs in tests; every run's log goes through the {@link Validator}. */
final class Runs {

    record Outcome(RunResult result, List<Event> events, String stdout, String stderr) {

        /** The goroutine ids in the order they were started (GoStart events). */
        List<Long> starts() {
            return events.stream().filter(e -> e instanceof Event.GoStart).map(Event::g).toList();
        }

        <T extends Event> List<T> all(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    /** A small test configuration: run queues of 4, short rounds. */
    static EngineConfig config(int procs, long seed) {
        return EngineConfig.of(procs, seed, new ByteArrayOutputStream(), new ByteArrayOutputStream())
                .withRunQueueCapacity(4).withRoundBudgets(100, 1 << 16).withNumCpu(8);
    }

    static Outcome run(EngineConfig config, GoroutineCode main) {
        return run(config, main, e -> { });
    }

    static Outcome run(EngineConfig config, GoroutineCode main, Consumer<Engine> beforeStart) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var cfg = new EngineConfig(config.procs(), config.seed(), config.runQueueCapacity(), config.numCpu(),
                config.timeSlice(), config.minRoundBudget(), config.maxRoundBudget(), out, err);
        Engine engine = new Engine(cfg, main, "main.main");
        beforeStart.accept(engine);
        RunResult result;
        try {
            engine.start();
            result = engine.await(20_000);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(result).as("run finished").isNotNull();
        List<Event> events = engine.log().snapshot();
        Validator.requireValid(events);
        assertThat(events.getLast()).isInstanceOf(Event.End.class);
        return new Outcome(result, events, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1));
    }

    private Runs() {}
}
