package dev.spindle.vm;

import dev.spindle.vm.value.Pointer;
import dev.spindle.vm.value.StructValue;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * sync/atomic on VM values: {@code atomic.AddInt64(&x, 1)}, {@code v.Load()} on an
 * {@code atomic.Int64}, and the rest. The caller serialises the call with every other runtime
 * operation (the engine's coordinator, or the VM's single-P host), so plain reads and writes
 * are atomic here; the result is pushed on the calling goroutine's stack while it is suspended.
 * One implementation for both hosts, so that they cannot disagree on the semantics.
 */
public final class AtomicOps {
    private AtomicOps() {}

    /** Applies the library call {@code name} (e.g. {@code atomic.AddInt64}, {@code atomic.Int32.Load}) with arguments {@code a}. */
    public static void apply(Goroutine g, String name, Object[] a) {
        boolean is32 = name.contains("32");
        String op = name.substring(name.lastIndexOf('.') + 1);
        Supplier<Object> get;
        Consumer<Object> set;
        if (name.startsWith("atomic.Int") || name.startsWith("atomic.Uint") || name.startsWith("atomic.Bool")) {
            // The atomic types are structs whose one field holds the value.
            StructValue s = (StructValue) a[0];
            if (s == null) {
                g.panicWith("invalid memory address or nil pointer dereference", true);
                return;
            }
            get = () -> s.fields[0];
            set = v -> s.fields[0] = v;
        } else {
            Pointer p = (Pointer) a[0];
            if (p == null) {
                g.panicWith("invalid memory address or nil pointer dereference", true);
                return;
            }
            get = p::load;
            set = p::store;
        }
        boolean bool = name.startsWith("atomic.Bool");
        Object[] args = new Object[a.length - 1];
        System.arraycopy(a, 1, args, 0, args.length);
        if (bool) {
            for (int i = 0; i < args.length; i++) {
                args[i] = ((Boolean) args[i]) ? 1L : 0L;
            }
        }
        Object held = get.get();
        long cur = held == null ? 0 : held instanceof Boolean b ? (b ? 1 : 0) : (Long) held;
        Object result;
        if (op.startsWith("Add")) {
            long v = is32 ? (int) (cur + (Long) args[0]) : cur + (Long) args[0];
            set.accept(v);
            result = v;
        } else if (op.startsWith("Load")) {
            result = cur;
        } else if (op.startsWith("Store")) {
            set.accept(args[0]);
            result = null;
        } else if (op.startsWith("Swap")) {
            set.accept(args[0]);
            result = cur;
        } else if (op.startsWith("CompareAndSwap")) {
            boolean ok = cur == (Long) args[0];
            if (ok) {
                set.accept(args[1]);
            }
            g.pushResult(ok);
            return;
        } else {
            throw new GoFatal("spindle: the runtime has no " + name);
        }
        if (result != null) {
            g.pushResult(bool ? (Object) ((Long) result != 0) : result);
        }
    }
}
