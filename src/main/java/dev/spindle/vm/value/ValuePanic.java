package dev.spindle.vm.value;

import dev.spindle.lang.types.Type;
import dev.spindle.lang.types.Types;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run-time error raised deep inside a value's {@code equals} or {@code hashCode}, where Go's
 * runtime raises it: {@code ==} on interfaces holding an uncomparable dynamic type, or a map key
 * whose dynamic type cannot be hashed. The message is Go's text without {@code runtime error: };
 * the interpreter turns it into that runtime error, recoverable as any panic.
 *
 * <p>Whether a dynamic type is comparable is decided once per type: interface comparison is
 * frequent and the answer never changes.
 */
public final class ValuePanic extends RuntimeException {
    private static final Map<Type, Boolean> COMPARABLE = new ConcurrentHashMap<>();

    private ValuePanic(String message) {
        super(message, null, false, false);
    }

    /** Go's {@code t.equal == nil}: slices, maps, funcs and aggregates containing them. */
    static boolean comparable(Type t) {
        Boolean known = COMPARABLE.get(t);
        if (known == null) {
            known = Types.comparable(t);
            COMPARABLE.put(t, known);
        }
        return known;
    }

    /** Panics unless values of dynamic type t may be compared ({@code efaceeq}). */
    static void checkComparable(Type t) {
        if (!comparable(t)) {
            throw new ValuePanic("comparing uncomparable type " + t);
        }
    }

    /** Panics unless values of dynamic type t may be map keys ({@code typehash}). */
    static void checkHashable(Type t) {
        if (!comparable(t)) {
            throw new ValuePanic("hash of unhashable type " + t);
        }
    }
}
