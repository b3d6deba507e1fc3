package dev.spindle.runtime.bridge;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Chooser;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.Schedule;
import dev.spindle.runtime.SeededChooser;
import dev.spindle.trace.EventLog;
import dev.spindle.vm.Machine;
import dev.spindle.vm.StdlibLinker;

/** A compiled Go program on the engine: what {@code spindle run} and the app start. */
public final class GoProgram {

    /** No cap on frames of its own: Go's 1 GB stack limit decides, counted in bytes (vm's StackLimit). */
    public static final int MAX_FRAMES = Integer.MAX_VALUE - 8;

    private GoProgram() {}

    /**
     * Runs the program to its end as {@code go run} does, keeping no events: the VM's golden
     * tests and {@code spindle bench} use it, so they time and check the engine users run.
     */
    public static RunResult run(Program program, EngineConfig config) throws InterruptedException {
        return engine(program, config, EventLog.discarding()).run();
    }

    /** An engine ready to {@link Engine#start() start} the program (not started yet, so the caller can pace it). */
    public static Engine engine(Program program, EngineConfig config) {
        return engine(program, config, new EventLog());
    }

    /** The same, appending to {@code log} ({@link EventLog#discarding()} when nobody reads the events). */
    public static Engine engine(Program program, EngineConfig config, EventLog log) {
        return engine(program, config, log, new SeededChooser(config.seed()));
    }

    /** The same, every choice of the run made by {@code chooser} (a replayed schedule, an explorer). */
    public static Engine engine(Program program, EngineConfig config, EventLog log, Chooser chooser) {
        return engine(program, config, log, chooser, null);
    }

    /**
     * The same with the race detector on when {@code raceFile} is not null: the file's name
     * as the race reports print it (Go prints the absolute path).
     */
    public static Engine engine(Program program, EngineConfig config, EventLog log, String raceFile) {
        return engine(program, config, log, new SeededChooser(config.seed()), raceFile);
    }

    /** The engine itself: choices made by {@code chooser}, races detected when {@code raceFile} is not null. */
    public static Engine engine(Program program, EngineConfig config, EventLog log, Chooser chooser, String raceFile) {
        Machine machine = new Machine(program, config.seed(), new StdlibLinker(), MAX_FRAMES);
        if (raceFile != null) {
            machine.detectRaces();
        }
        Engine engine = new Engine(config, VmGoroutine.main(machine), "main.main", log, chooser);
        if (raceFile != null) {
            engine.detectRaces(raceFile);
        }
        return engine;
    }

    /**
     * An engine for {@code schedule}: its GOMAXPROCS and seed replace the config's, and
     * {@code chooser} makes the choices (the schedule's {@link Schedule#chooser()}, perhaps
     * wrapped to record or to ask whether the schedule fitted the program).
     */
    public static Engine engine(Program program, EngineConfig config, EventLog log, Schedule schedule, Chooser chooser) {
        return engine(program, config, log, schedule, chooser, null);
    }

    /** The same with the race detector on when {@code raceFile} is not null. */
    public static Engine engine(Program program, EngineConfig config, EventLog log, Schedule schedule, Chooser chooser,
            String raceFile) {
        EngineConfig c = new EngineConfig(schedule.procs(), schedule.seed(), config.runQueueCapacity(), config.numCpu(),
                config.timeSlice(), config.minRoundBudget(), config.maxRoundBudget(), config.stdout(), config.stderr());
        return engine(program, c, log, chooser, raceFile);
    }
}
