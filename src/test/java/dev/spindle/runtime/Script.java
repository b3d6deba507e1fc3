package dev.spindle.runtime;

import dev.spindle.runtime.spi.GoroutineCode;
import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.Slice;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A scripted goroutine for engine tests: a fixed sequence of CPU work (instructions) and
 * runtime ops, standing in for the VM. A {@link Resume.Panic} answer makes it panic
 * unrecovered, as a Go goroutine without recover would.
 */
class Script implements GoroutineCode {

    private sealed interface Step {}

    private record Work(long instructions) implements Step {}

    private record Op(Supplier<RuntimeOp> op, Consumer<Resume> then) implements Step {}

    private final List<Step> steps = new ArrayList<>();
    private int index;
    private long workDone;
    private Consumer<Resume> pending;

    static Script of() {
        return new Script();
    }

    Script work(long instructions) {
        steps.add(new Work(instructions));
        return this;
    }

    Script op(RuntimeOp op) {
        return op(() -> op, r -> { });
    }

    Script op(RuntimeOp op, Consumer<Resume> then) {
        return op(() -> op, then);
    }

    Script op(Supplier<RuntimeOp> op, Consumer<Resume> then) {
        steps.add(new Op(op, then));
        return this;
    }

    /** Prints {@code line + "\n"} to stdout. */
    Script println(String line) {
        return op(new RuntimeOp.Print(line + "\n", false));
    }

    @Override
    public Slice run(Resume resume, long budget) {
        if (pending != null) {
            Consumer<Resume> then = pending;
            pending = null;
            if (resume instanceof Resume.Panic p) {
                return new Slice.Panicked(p.message(), false, 0);
            }
            then.accept(resume);
        }
        long used = 0;
        while (index < steps.size()) {
            Step s = steps.get(index);
            switch (s) {
                case Work w -> {
                    long take = Math.min(w.instructions() - workDone, budget - used);
                    used += take;
                    workDone += take;
                    if (workDone == w.instructions()) {
                        workDone = 0;
                        index++;
                    } else {
                        return new Slice.BudgetSpent(used);
                    }
                }
                case Op o -> {
                    index++;
                    pending = o.then();
                    return new Slice.Request(o.op().get(), used);
                }
            }
        }
        return new Slice.Finished(used);
    }
}
