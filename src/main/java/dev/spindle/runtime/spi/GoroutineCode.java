package dev.spindle.runtime.spi;

import java.util.List;

/**
 * The code of one goroutine, as the engine sees it: the VM's interpreter bound to this
 * goroutine's heap-held state (frames, operand stack, pc). The engine calls {@link #run}
 * on whichever carrier thread runs the goroutine; the VM runs it until one of:
 * <ul>
 *   <li>the budget of instructions is spent (at a safepoint) -> {@link Slice.BudgetSpent};</li>
 *   <li>the goroutine needs the runtime -> {@link Slice.Request} with the op; the goroutine is
 *       suspended right after the op, and its next {@code run} receives the op's result;</li>
 *   <li>its function returned -> {@link Slice.Finished};</li>
 *   <li>a panic unwound its whole stack unrecovered -> {@link Slice.Panicked}.</li>
 * </ul>
 * Each result reports the instructions used ({@code 0 <= used <= budget}; a request may use
 * 0). Virtual time is these counts, so they must not depend on wall time.
 *
 * <p>Threading: {@code run} is called by one carrier at a time, never concurrently for one
 * goroutine; consecutive calls may come from different carrier threads (the engine
 * publishes the goroutine's state between them). {@link #stack()} and {@link #line()} are
 * called by the coordinator only while the goroutine is not running.
 */
public interface GoroutineCode {

    /**
     * Runs this goroutine for at most {@code budget} instructions.
     *
     * @param resume what the runtime answers to the previous {@link Slice.Request}:
     *               {@link Resume.None} on the first run, after {@code BudgetSpent}, and for
     *               ops without a result
     */
    Slice run(Resume resume, long budget);

    /**
     * The goroutine's frames for crash dumps, innermost first, two lines per frame as Go
     * prints them ({@code main.worker(...)} then a tab and {@code prog.go:12 +0x1d}); empty if unknown.
     */
    default List<String> stack() {
        return List.of();
    }

    /**
     * Go's "created by" for a goroutine that a library function started rather than a go
     * statement of the program (wg.Go: Go 1.25's traceback names {@code sync.(*WaitGroup).Go}
     * at the go statement in waitgroup.go), or null: the go statement's function and line.
     */
    default Creator libraryCreator() {
        return null;
    }

    /**
     * The function whose go statement started this goroutine ({@code main.spawn}, {@code
     * main.main.func1}): Go's "created by" names it, not the function the parent goroutine
     * started in. Null when not known (then the parent's function is named).
     */
    default String goStatementFunction() {
        return null;
    }

    /** A library function that started a goroutine, and {@code file:line} of its go statement. */
    record Creator(String function, String where) {}

    /** After {@link Slice.Finished}: whether the goroutine ended by runtime.Goexit rather than by returning. */
    default boolean goexited() {
        return false;
    }

    /** Called once by the coordinator when the goroutine is created, with the id the engine gave it. */
    default void started(long goid) {
    }

    /** The source line the goroutine is at (for the code view's markers), 0 if unknown. */
    default int line() {
        return 0;
    }

    /**
     * The heap accesses this goroutine made since the race detector last read them (the VM's
     * {@code RaceLog}; typed Object because this package knows nothing of the VM), or null when
     * the detector is off or the code is not the VM's ({@code spindle run --race}).
     */
    default Object raceLog() {
        return null;
    }

    /** The name of the program's file, for the positions in crash dumps ({@code prog.go:12}). */
    default String fileName() {
        return "prog.go";
    }
}
