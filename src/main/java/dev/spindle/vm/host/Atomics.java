package dev.spindle.vm.host;

import dev.spindle.vm.GoFatal;
import dev.spindle.vm.Goroutine;
import dev.spindle.vm.value.Pointer;
import dev.spindle.vm.value.StructValue;

/**
 * sync/atomic. One P runs one goroutine at a time here, so plain reads and writes are atomic;
 * the scheduler engine makes these runtime operations applied at round boundaries.
 */
final class Atomics {
    private Atomics() {}

    static boolean call(Goroutine g, String name, Object[] a) {
        boolean is32 = name.contains("32");
        String op = name.substring(name.lastIndexOf('.') + 1);
        Cell cell;
        if (name.startsWith("atomic.Int") || name.startsWith("atomic.Uint") || name.startsWith("atomic.Bool")) {
            StructValue s = (StructValue) a[0];
            cell = new Cell() {
                Object get() { return s.fields[0]; }
                void set(Object v) { s.fields[0] = v; }
            };
        } else {
            Pointer p = (Pointer) a[0];
            if (p == null) {
                g.panicWith("invalid memory address or nil pointer dereference", true);
                return true;
            }
            cell = new Cell() {
                Object get() { return p.load(); }
                void set(Object v) { p.store(v); }
            };
        }
        boolean bool = name.startsWith("atomic.Bool");
        Object[] args = new Object[a.length - 1];
        System.arraycopy(a, 1, args, 0, args.length);
        if (bool) {
            for (int i = 0; i < args.length; i++) {
                args[i] = ((Boolean) args[i]) ? 1L : 0L;
            }
        }
        long cur = cell.get() == null ? 0 : (Long) cell.get();
        Object result;
        if (op.startsWith("Add")) {
            long v = wrap(cur + (Long) args[0], is32);
            cell.set(v);
            result = v;
        } else if (op.startsWith("Load")) {
            result = cur;
        } else if (op.startsWith("Store")) {
            cell.set(args[0]);
            result = null;
        } else if (op.startsWith("Swap")) {
            cell.set(args[0]);
            result = cur;
        } else if (op.startsWith("CompareAndSwap")) {
            boolean ok = cur == (Long) args[0];
            if (ok) {
                cell.set(args[1]);
            }
            g.pushResult(ok);
            return true;
        } else {
            throw new GoFatal("spindle: the runtime has no " + name);
        }
        if (result != null) {
            g.pushResult(bool ? (Object) ((Long) result != 0) : result);
        }
        return true;
    }

    private static long wrap(long v, boolean is32) {
        return is32 ? (int) v : v;
    }

    private abstract static class Cell {
        abstract Object get();

        abstract void set(Object v);
    }
}
