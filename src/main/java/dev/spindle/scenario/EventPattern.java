package dev.spindle.scenario;

import dev.spindle.trace.Event;
import java.util.ArrayList;
import java.util.List;

/**
 * A small language for "the moment when ..." in a run, used by narration steps.
 *
 * <pre>
 * pattern   := event condition*
 * condition := field ("=" | "!=" | "~") value     equal, not equal, contains
 *            | "nth=" N                            the N-th matching event (default 1)
 * value     := word | "quoted words"
 * </pre>
 *
 * <p>Events and their fields (every event also has {@code g} and {@code p}):
 * <pre>
 * create  parent function line    a goroutine is created (go statement)
 * start                           a P starts running goroutine g
 * stop    reason                  g is taken off its P, still runnable
 * block   reason on               g parks: reason as Go prints it ("chan receive",
 *                                 sync.WaitGroup.Wait, sleep, select ...), on = the object
 * unblock by                      g becomes runnable, woken by goroutine by
 * preempt / gosched / end         time slice used up / runtime.Gosched / g returned
 * steal   from to count           P to stole count goroutines from P from
 * resize  old new                 GOMAXPROCS changed
 * wg-add  on delta counter        Add or Done on a WaitGroup; counter is the new value
 * chan-make on cap / send on len / recv on len ok / close on len
 * lock on read / unlock on read   sync.Mutex and RWMutex
 * timer   on                      a timer fired (sleep, time.After, Ticker)
 * print   text stderr             one line of output
 * panic   message / deadlock report
 * exit    code                    the program ended (always the last event)
 * </pre>
 *
 * <p>Goroutine fields ({@code g}, {@code parent}, {@code by}) accept {@code main} for 1 and
 * {@code G7} for 7. Examples: {@code block g=main reason=sync.WaitGroup.Wait} (main blocks
 * on wg.Wait), {@code steal} (the first steal), {@code wg-add counter=0} (the counter reaches
 * 0), {@code start g=7} (G7 starts), {@code print text~"after close"}, {@code exit}
 * (the program ends), {@code block reason=sleep nth=4}.
 */
public record EventPattern(String source, String event, List<Condition> conditions, int nth) {

    /** How a condition compares an event's field with its value. */
    public enum Op { EQUALS, NOT_EQUALS, CONTAINS }

    /** One {@code field op value}. */
    public record Condition(String field, Op op, String value) {
        boolean test(Event e) {
            String actual = EventFields.value(e, field);
            if (actual == null) {
                return op == Op.NOT_EQUALS;
            }
            return switch (op) {
                case EQUALS -> actual.equals(value);
                case NOT_EQUALS -> !actual.equals(value);
                case CONTAINS -> actual.contains(value);
            };
        }
    }

    /** A pattern that cannot be parsed; {@code offset} is where in the text the trouble starts. */
    public static final class SyntaxException extends Exception {
        private final int offset;

        SyntaxException(String message, int offset) {
            super(message);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    public EventPattern {
        conditions = List.copyOf(conditions);
    }

    /** Whether {@code e} is an event this pattern describes (without counting {@code nth}). */
    public boolean matches(Event e) {
        if (!EventFields.name(e).equals(event)) {
            return false;
        }
        for (Condition c : conditions) {
            if (!c.test(e)) {
                return false;
            }
        }
        return true;
    }

    /** Parses a pattern; the message of a failure says what was expected. */
    public static EventPattern parse(String text) throws SyntaxException {
        List<int[]> spans = words(text);
        if (spans.isEmpty()) {
            throw new SyntaxException("empty pattern: expected an event such as " + String.join(", ", eventNames()), 0);
        }
        int[] first = spans.getFirst();
        String event = text.substring(first[0], first[1]);
        if (!EventFields.VOCABULARY.containsKey(event)) {
            throw new SyntaxException("unknown event \"" + event + "\" (events: " + String.join(", ", eventNames()) + ")", first[0]);
        }
        List<Condition> conditions = new ArrayList<>();
        int nth = 1;
        for (int[] span : spans.subList(1, spans.size())) {
            String word = text.substring(span[0], span[1]);
            int opAt = indexOfOp(word);
            if (opAt <= 0) {
                throw new SyntaxException("expected field=value, field!=value or field~value, found \"" + word + "\"", span[0]);
            }
            String field = word.substring(0, opAt);
            Op op = word.startsWith("!=", opAt) ? Op.NOT_EQUALS : word.charAt(opAt) == '~' ? Op.CONTAINS : Op.EQUALS;
            String value = unquote(word.substring(opAt + (op == Op.NOT_EQUALS ? 2 : 1)));
            if (field.equals("nth")) {
                nth = parseNth(value, op, span[0]);
                continue;
            }
            if (!EventFields.has(event, field)) {
                List<String> known = new ArrayList<>(List.of("g", "p"));
                known.addAll(EventFields.VOCABULARY.get(event));
                throw new SyntaxException("\"" + event + "\" events have no field \"" + field + "\" (fields: "
                        + String.join(", ", known) + ", nth)", span[0]);
            }
            if (value.isEmpty()) {
                throw new SyntaxException("missing value after " + field, span[1]);
            }
            if (field.equals("g") || field.equals("parent") || field.equals("by")) {
                value = goroutine(value, span[0]);
            }
            conditions.add(new Condition(field, op, value));
        }
        return new EventPattern(text.strip(), event, conditions, nth);
    }

    private static int parseNth(String value, Op op, int at) throws SyntaxException {
        if (op != Op.EQUALS) {
            throw new SyntaxException("nth takes =, as in nth=2", at);
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SyntaxException("nth must be a whole number from 1, found \"" + value + "\"", at);
    }

    /** {@code main} -> 1, {@code G7} -> 7, {@code 7} -> 7. */
    private static String goroutine(String value, int at) throws SyntaxException {
        if (value.equals("main")) {
            return "1";
        }
        String digits = value.startsWith("G") || value.startsWith("g") ? value.substring(1) : value;
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            throw new SyntaxException("a goroutine is main, a number or G<number>, found \"" + value + "\"", at);
        }
        return Long.toString(Long.parseLong(digits));
    }

    private static int indexOfOp(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '=' || c == '~' || (c == '!' && word.startsWith("!=", i))) {
                return i;
            }
            if (c == '"') {
                return -1;
            }
        }
        return -1;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** Start and end offsets of the whitespace-separated words; a quoted part may hold spaces. */
    private static List<int[]> words(String text) throws SyntaxException {
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            boolean quoted = false;
            while (i < n && (quoted || !Character.isWhitespace(text.charAt(i)))) {
                if (text.charAt(i) == '"') {
                    quoted = !quoted;
                }
                i++;
            }
            if (quoted) {
                throw new SyntaxException("unterminated quoted value", start);
            }
            spans.add(new int[] {start, i});
        }
        return spans;
    }

    static List<String> eventNames() {
        return List.copyOf(EventFields.VOCABULARY.keySet());
    }

    @Override
    public String toString() {
        return source;
    }
}
