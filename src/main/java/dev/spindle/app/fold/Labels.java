package dev.spindle.app.fold;

import dev.spindle.trace.ObjectRef;

/**
 * How the screen names a runtime object: the program's variable name when the log has it,
 * else a short Go-ish tag with its number ({@code wg#1}, {@code ch#2}, {@code mu#1}).
 */
public final class Labels {
    private Labels() {
    }

    public static String of(ObjectRef ref) {
        if (ref == null) {
            return "";
        }
        if (ref.name() != null && !ref.name().isBlank()) {
            return ref.name();
        }
        String tag = switch (ref.kind()) {
            case CHAN -> "ch";
            case WAIT_GROUP -> "wg";
            case MUTEX -> "mu";
            case RW_MUTEX -> "rw";
            case ONCE -> "once";
            case COND -> "cond";
            case TIMER -> "timer";
        };
        return tag + "#" + ref.id();
    }
}
