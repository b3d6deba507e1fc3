package dev.spindle.lang.compile;

import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Type;
import java.util.Set;

/**
 * Sync values are values: the hidden {@code state} field of sync.WaitGroup, Mutex, RWMutex,
 * Once and Cond is laid out as copied with its struct (like an inline aggregate), so that a
 * struct copy, a pass by value or an assignment copies the object's state into a new object,
 * as Go's copy of the state words does. (Atomic types are plain integer structs: they copy
 * as they are.)
 */
final class SyncValues {
    private SyncValues() {}

    private static final Set<String> SYNC_TYPES = Set.of("sync.WaitGroup", "sync.Mutex", "sync.RWMutex",
            "sync.Once", "sync.Cond");

    /** Whether field {@code field} of struct type t holds a sync object's state. */
    static boolean holdsState(Type t, String field) {
        return field.equals("state") && t instanceof Named n && SYNC_TYPES.contains(n.qualifiedName());
    }
}
