package dev.spindle.lang.vet;

import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Type;
import java.util.List;

/**
 * What Go 1.25's own sync and sync/atomic types contain, for copylocks' messages: Spindle
 * declares them with a hidden state field, Go with a lock or a {@code noCopy} marker.
 */
final class GoLocks {
    private GoLocks() {}

    /** The lock path (innermost first) of a library type, or null for a type to look into. */
    static List<String> path(Named n) {
        String q = n.pkgPath() + "." + n.name();
        return switch (q) {
            // *Mutex and *RWMutex are Lockers themselves.
            case "sync.Mutex", "sync.RWMutex" -> List.of(q);
            // These embed sync.noCopy (Once and Map since Go 1.24 and 1.25).
            case "sync.WaitGroup", "sync.Once", "sync.Cond", "sync.Map" -> List.of("sync.noCopy", q);
            case "sync/atomic.Int32", "sync/atomic.Int64", "sync/atomic.Uint32", "sync/atomic.Uint64",
                 "sync/atomic.Uintptr", "sync/atomic.Bool", "sync/atomic.Pointer" -> List.of("sync/atomic.noCopy", q);
            default -> null;
        };
    }

    /** A type as go vet prints it in a path: package path, and main as go vet FILE.go names it. */
    static String typeString(Type t) {
        if (t instanceof Named n) {
            String pkg = n.pkgPath().equals("main") ? "command-line-arguments" : n.pkgPath();
            return pkg + "." + n.name();
        }
        return t.toString();
    }
}
