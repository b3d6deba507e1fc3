package dev.spindle.runtime.bridge;

import dev.spindle.vm.Goroutine;
import dev.spindle.vm.value.Pointer;
import dev.spindle.vm.value.StructValue;

/**
 * sync/atomic on VM values, applied by the coordinator (serialised with every other runtime
 * operation, hence deterministic); results are pushed on the calling goroutine's stack while
 * it is suspended. Same semantics as the VM's simple host (package-private there).
 */
final class AtomicCalls {

    private AtomicCalls() {}

    static void apply(Goroutine g, String name, Object[] a) {
        boolean is32 = name.contains("32");
        String op = name.substring(name.lastIndexOf('.') + 1);
        java.util.function.Supplier<Object> get;
        java.util.function.Consumer<Object> set;
        if (name.startsWith("atomic.Int") || name.startsWith("atomic.Uint") || name.startsWith("atomic.Bool")) {
            StructValue s = (StructValue) a[0];
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
        long cur = get.get() == null ? 0 : get.get() instanceof Boolean b ? (b ? 1 : 0) : (Long) get.get();
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
            throw new UnsupportedOperationException("the engine has no " + name);
        }
        if (result != null) {
            g.pushResult(bool ? (Object) ((Long) result != 0) : result);
        }
    }
}
