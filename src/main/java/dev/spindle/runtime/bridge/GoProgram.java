package dev.spindle.runtime.bridge;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.trace.EventLog;
import dev.spindle.vm.Machine;
import dev.spindle.vm.StdlibLinker;
import dev.spindle.vm.host.ProgramRunner;

/** A compiled Go program on the engine: what {@code spindle run} and the app start. */
public final class GoProgram {

    private GoProgram() {}

    /** An engine ready to {@link Engine#start() start} the program (not started yet, so the caller can pace it). */
    public static Engine engine(Program program, EngineConfig config) {
        return engine(program, config, new EventLog());
    }

    /** The same, appending to {@code log} ({@link EventLog#discarding()} when nobody reads the events). */
    public static Engine engine(Program program, EngineConfig config, EventLog log) {
        return engine(program, config, log, null);
    }

    /**
     * The same with the race detector on when {@code raceFile} is not null: the file's name
     * as the race reports print it (Go prints the absolute path).
     */
    public static Engine engine(Program program, EngineConfig config, EventLog log, String raceFile) {
        Machine machine = new Machine(program, config.seed(), new StdlibLinker(), ProgramRunner.MAX_FRAMES);
        if (raceFile != null) {
            machine.detectRaces();
        }
        Engine engine = new Engine(config, VmGoroutine.main(machine), "main.main", log);
        if (raceFile != null) {
            engine.detectRaces(raceFile);
        }
        return engine;
    }
}
