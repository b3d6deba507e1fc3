package dev.spindle.scenario;

import dev.spindle.trace.Event;
import java.util.List;
import java.util.OptionalLong;

/**
 * Which goroutine tokens a narration step points at ({@code goroutines:} in lesson.yaml).
 * Most steps point at a goroutine the matched event names, so a lesson says "the goroutine
 * that blocked" ({@code g}) instead of guessing ids that change with the cores and seed:
 *
 * <pre>
 * g                 the goroutine of the matched event (the one that blocked, printed, ...)
 * parent            create events: the goroutine whose go statement it was
 * by                unblock events: the goroutine that woke g
 * stolen            steal events: the goroutines the steal moved to the thief's lane
 * waiting           every goroutine waiting at that moment (at a deadlock: all of them)
 * main, G7, 7       one goroutine by id (main is 1)
 * </pre>
 *
 * <p>{@code stolen} and {@code waiting} depend on the queues at that moment, which only a
 * fold of the events knows; the app resolves them against the same fold the yard draws.
 */
public sealed interface Highlight {

    /** One goroutine by id. */
    record Goroutine(long id) implements Highlight {}

    /** A goroutine field of the matched event: {@code g}, {@code parent} or {@code by}. */
    record EventField(String field) implements Highlight {
        /** The goroutine {@code e} names in this field, if it names one. */
        public OptionalLong of(Event e) {
            String v = EventFields.value(e, field);
            if (v == null) {
                return OptionalLong.empty();
            }
            long id = Long.parseLong(v);
            return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
        }
    }

    /** The goroutines a steal moved. */
    record Stolen() implements Highlight {}

    /** Every goroutine waiting at that moment. */
    record Waiting() implements Highlight {}

    /** The words a lesson may write, for messages. */
    List<String> WORDS = List.of("g", "parent", "by", "stolen", "waiting", "main", "G<number>");

    /** A word of lesson.yaml that is not a highlight, or one the step's event cannot give. */
    final class BadWord extends Exception {
        BadWord(String message) {
            super(message);
        }
    }

    /**
     * Parses one {@code goroutines:} item for a step whose pattern is about {@code event}
     * events (the pattern language's event name, e.g. {@code block}).
     */
    static Highlight parse(String word, String event) throws BadWord {
        String w = word.strip();
        switch (w) {
            case "g" -> {
                return new EventField("g");
            }
            case "parent", "by" -> {
                if (!EventFields.VOCABULARY.containsKey(event) || !EventFields.has(event, w)) {
                    throw new BadWord("\"" + w + "\" names a goroutine only on " + (w.equals("parent") ? "create" : "unblock")
                            + " events; this step waits for a " + event + " event");
                }
                return new EventField(w);
            }
            case "stolen" -> {
                if (!event.equals("steal")) {
                    throw new BadWord("\"stolen\" needs a steal event; this step waits for a " + event + " event");
                }
                return new Stolen();
            }
            case "waiting" -> {
                return new Waiting();
            }
            case "main" -> {
                return new Goroutine(1);
            }
            default -> {
                String digits = w.startsWith("G") || w.startsWith("g") ? w.substring(1) : w;
                if (!digits.isEmpty() && digits.length() < 18 && digits.chars().allMatch(Character::isDigit)) {
                    long id = Long.parseLong(digits);
                    if (id >= 1) {
                        return new Goroutine(id);
                    }
                }
                throw new BadWord("expected a goroutine (" + String.join(", ", WORDS) + "), found \"" + w + "\"");
            }
        }
    }
}
