package dev.spindle.scenario;

import dev.spindle.trace.Event;
import dev.spindle.trace.ObjectRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event-pattern language's view of a trace event: a short event name and named fields
 * with text values. This table is the language's vocabulary; {@link EventPattern} checks
 * patterns against it, so a pattern can only name fields that exist.
 *
 * <p>Every event has {@code g} (goroutine id; patterns may write {@code main} for 1 and
 * {@code G7} for 7) and {@code p}. Objects ({@code on}) are named by the program's variable
 * name when the compiler knows it, else {@code chan#3}-style labels.
 */
final class EventFields {
    private EventFields() {}

    /** Event name to the fields it has beyond g and p, in the order the docs list them. */
    static final Map<String, List<String>> VOCABULARY = vocabulary();

    private static Map<String, List<String>> vocabulary() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("create", List.of("parent", "function", "line"));
        v.put("start", List.of());
        v.put("stop", List.of("reason"));
        v.put("block", List.of("reason", "on"));
        v.put("unblock", List.of("by"));
        v.put("preempt", List.of());
        v.put("gosched", List.of());
        v.put("end", List.of());
        v.put("steal", List.of("from", "to", "count"));
        v.put("resize", List.of("old", "new"));
        v.put("wg-add", List.of("on", "delta", "counter"));
        v.put("chan-make", List.of("on", "cap"));
        v.put("send", List.of("on", "len"));
        v.put("recv", List.of("on", "len", "ok"));
        v.put("close", List.of("on", "len"));
        v.put("lock", List.of("on", "read"));
        v.put("unlock", List.of("on", "read"));
        v.put("timer", List.of("on"));
        v.put("print", List.of("text", "stderr"));
        v.put("panic", List.of("message"));
        v.put("race", List.of("line", "other", "otherLine", "address"));
        v.put("deadlock", List.of("report"));
        v.put("exit", List.of("code"));
        return java.util.Collections.unmodifiableMap(v);
    }

    /** Whether {@code field} exists on events called {@code name}. */
    static boolean has(String name, String field) {
        return field.equals("g") || field.equals("p") || VOCABULARY.get(name).contains(field);
    }

    /** The pattern language's name for an event. */
    static String name(Event e) {
        return switch (e) {
            case Event.GoCreate x -> "create";
            case Event.GoStart x -> "start";
            case Event.GoStop x -> "stop";
            case Event.GoBlock x -> "block";
            case Event.GoUnblock x -> "unblock";
            case Event.GoPreempt x -> "preempt";
            case Event.GoSched x -> "gosched";
            case Event.GoEnd x -> "end";
            case Event.Steal x -> "steal";
            case Event.ProcResize x -> "resize";
            case Event.WaitGroupAdd x -> "wg-add";
            case Event.ChanMake x -> "chan-make";
            case Event.ChanSend x -> "send";
            case Event.ChanRecv x -> "recv";
            case Event.ChanClose x -> "close";
            case Event.MutexLock x -> "lock";
            case Event.MutexUnlock x -> "unlock";
            case Event.TimerFire x -> "timer";
            case Event.Print x -> "print";
            case Event.Panic x -> "panic";
            case Event.DataRace x -> "race";
            case Event.Deadlock x -> "deadlock";
            case Event.End x -> "exit";
        };
    }

    /** The value of {@code field} on {@code e} as text, or null when the event has no such field. */
    static String value(Event e, String field) {
        if (field.equals("g")) {
            return Long.toString(e.g());
        }
        if (field.equals("p")) {
            return Integer.toString(e.p());
        }
        return switch (e) {
            case Event.GoCreate x -> switch (field) {
                case "parent" -> Long.toString(x.parent());
                case "function" -> x.function();
                case "line" -> Integer.toString(x.line());
                default -> null;
            };
            case Event.GoStop x -> field.equals("reason") ? x.reason() : null;
            case Event.GoBlock x -> switch (field) {
                case "reason" -> x.reason() == null ? null : x.reason().text();
                case "on" -> label(x.object());
                default -> null;
            };
            case Event.GoUnblock x -> field.equals("by") ? Long.toString(x.by()) : null;
            case Event.Steal x -> switch (field) {
                case "from" -> Integer.toString(x.fromP());
                case "to" -> Integer.toString(x.toP());
                case "count" -> Integer.toString(x.count());
                default -> null;
            };
            case Event.ProcResize x -> switch (field) {
                case "old" -> Integer.toString(x.oldProcs());
                case "new" -> Integer.toString(x.newProcs());
                default -> null;
            };
            case Event.WaitGroupAdd x -> switch (field) {
                case "on" -> label(x.wg());
                case "delta" -> Long.toString(x.delta());
                case "counter" -> Long.toString(x.counter());
                default -> null;
            };
            case Event.ChanMake x -> switch (field) {
                case "on" -> label(x.ch());
                case "cap" -> Integer.toString(x.capacity());
                default -> null;
            };
            case Event.ChanSend x -> chan(field, x.ch(), x.bufLen());
            case Event.ChanClose x -> chan(field, x.ch(), x.bufLen());
            case Event.ChanRecv x -> field.equals("ok") ? Boolean.toString(x.ok()) : chan(field, x.ch(), x.bufLen());
            case Event.MutexLock x -> mutex(field, x.mutex(), x.read());
            case Event.MutexUnlock x -> mutex(field, x.mutex(), x.read());
            case Event.TimerFire x -> field.equals("on") ? label(x.timer()) : null;
            case Event.Print x -> switch (field) {
                case "text" -> x.text();
                case "stderr" -> Boolean.toString(x.stderr());
                default -> null;
            };
            case Event.Panic x -> field.equals("message") ? x.message() : null;
            case Event.DataRace x -> switch (field) {
                case "line" -> Integer.toString(x.line());
                case "other" -> Long.toString(x.other());
                case "otherLine" -> Integer.toString(x.otherLine());
                case "address" -> x.address();
                default -> null;
            };
            case Event.Deadlock x -> field.equals("report") ? x.report() : null;
            case Event.End x -> field.equals("code") ? Integer.toString(x.exitCode()) : null;
            case Event.GoStart x -> null;
            case Event.GoPreempt x -> null;
            case Event.GoSched x -> null;
            case Event.GoEnd x -> null;
        };
    }

    private static String chan(String field, ObjectRef ch, int bufLen) {
        return switch (field) {
            case "on" -> label(ch);
            case "len" -> Integer.toString(bufLen);
            default -> null;
        };
    }

    private static String mutex(String field, ObjectRef m, boolean read) {
        return switch (field) {
            case "on" -> label(m);
            case "read" -> Boolean.toString(read);
            default -> null;
        };
    }

    private static String label(ObjectRef ref) {
        return ref == null ? null : ref.label();
    }
}
