package dev.spindle.app.play;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.Schedule;
import dev.spindle.runtime.bridge.GoProgram;

/**
 * Makes an engine, not yet started, for a compiled program. The app uses the runtime's
 * VM bridge; tests may give scripted goroutines instead.
 */
@FunctionalInterface
public interface EngineFactory {

    Engine create(Program program, EngineConfig config);

    /** The same with the race detector on ({@code --race}); a factory that cannot detect races makes a plain engine. */
    default Engine createWithRaceDetector(Program program, EngineConfig config) {
        return create(program, config);
    }

    /**
     * An engine whose every choice replays {@code schedule} (an outcome the explorer found),
     * at the schedule's GOMAXPROCS and seed. A factory that cannot replay schedules (scripted
     * goroutines in tests) says so.
     */
    default Engine createReplaying(Program program, EngineConfig config, Schedule schedule, boolean detectRaces) {
        throw new UnsupportedOperationException("this engine cannot replay a schedule");
    }

    /** An engine whose every choice {@code chooser} makes ("You schedule": a person's); a factory that cannot says so. */
    default Engine createChoosing(Program program, EngineConfig config, dev.spindle.runtime.Chooser chooser, boolean detectRaces) {
        throw new UnsupportedOperationException("this engine cannot take a chooser");
    }

    /** The real thing: the program's goroutines on the VM, scheduled by the engine. */
    static EngineFactory vm() {
        return new EngineFactory() {
            @Override
            public Engine create(Program program, EngineConfig config) {
                return GoProgram.engine(program, config);
            }

            @Override
            public Engine createWithRaceDetector(Program program, EngineConfig config) {
                return GoProgram.engine(program, config, new dev.spindle.trace.EventLog(), program.fileName());
            }

            @Override
            public Engine createChoosing(Program program, EngineConfig config, dev.spindle.runtime.Chooser chooser,
                    boolean detectRaces) {
                return GoProgram.engine(program, config, new dev.spindle.trace.EventLog(), chooser,
                        detectRaces ? program.fileName() : null);
            }

            @Override
            public Engine createReplaying(Program program, EngineConfig config, Schedule schedule, boolean detectRaces) {
                return GoProgram.engine(program, config, new dev.spindle.trace.EventLog(), schedule, schedule.chooser(),
                        detectRaces ? program.fileName() : null);
            }
        };
    }
}
