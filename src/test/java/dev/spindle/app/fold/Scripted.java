package dev.spindle.app.fold;

import dev.spindle.runtime.spi.GoroutineCode;
import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.Slice;
import java.util.ArrayList;
import java.util.List;

/**
 * A goroutine for recording real engine logs without the VM: a list of steps, each some
 * instructions of CPU work or one runtime op. Results of ops are ignored.
 */
final class Scripted implements GoroutineCode {
    private final List<Object> steps = new ArrayList<>();
    private int index;
    private long workLeft = -1;

    static Scripted of() {
        return new Scripted();
    }

    Scripted work(long instructions) {
        steps.add(instructions);
        return this;
    }

    Scripted op(RuntimeOp op) {
        steps.add(op);
        return this;
    }

    Scripted println(String text) {
        return op(new RuntimeOp.Print(text + "\n", false));
    }

    @Override
    public Slice run(Resume resume, long budget) {
        long used = 0;
        while (index < steps.size()) {
            Object s = steps.get(index);
            if (s instanceof Long n) {
                if (workLeft < 0) {
                    workLeft = n;
                }
                long take = Math.min(workLeft, budget - used);
                used += take;
                workLeft -= take;
                if (workLeft > 0) {
                    return new Slice.BudgetSpent(used);
                }
                workLeft = -1;
                index++;
            } else {
                index++;
                return new Slice.Request((RuntimeOp) s, used);
            }
        }
        return new Slice.Finished(used);
    }
}
