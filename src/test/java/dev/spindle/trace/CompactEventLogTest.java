package dev.spindle.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kept log stores events compactly: what comes back must equal what went in. */
class CompactEventLogTest {

    /**
     * One event of every type, each component given a distinct non-default value through the
     * canonical constructor (found by reflection, so a component added later is covered too).
     */
    private static List<Event> oneOfEach(long seq0, int variant) throws Exception {
        List<Event> out = new ArrayList<>();
        long seq = seq0;
        for (Class<?> type : Event.class.getPermittedSubclasses()) {
            RecordComponent[] comps = type.getRecordComponents();
            Class<?>[] types = new Class<?>[comps.length];
            Object[] args = new Object[comps.length];
            for (int i = 0; i < comps.length; i++) {
                types[i] = comps[i].getType();
                String name = comps[i].getName();
                int v = variant * 100 + i + 3;
                args[i] = switch (name) {
                    case "seq" -> seq;
                    case "time" -> 1_000L * seq;
                    case "p" -> variant % 3;
                    case "g" -> 7L + variant;
                    default -> value(types[i], v);
                };
            }
            Constructor<?> c = type.getDeclaredConstructor(types);
            out.add((Event) c.newInstance(args));
            seq++;
        }
        return out;
    }

    private static Object value(Class<?> t, int v) {
        if (t == long.class) {
            return (long) v;
        }
        if (t == int.class) {
            return v;
        }
        if (t == boolean.class) {
            return v % 2 == 0;
        }
        if (t == String.class) {
            return "s" + v;
        }
        if (t == WaitReason.class) {
            return WaitReason.values()[v % WaitReason.values().length];
        }
        if (t == ObjectRef.class) {
            return new ObjectRef(ObjectRef.Kind.values()[v % ObjectRef.Kind.values().length], v, "v" + v);
        }
        throw new AssertionError("no test value for component type " + t);
    }

    @Test
    void everyEventTypeComesBackEqual() throws Exception {
        var log = new EventLog();
        List<Event> in = new ArrayList<>();
        for (int variant = 0; variant < 4; variant++) {
            for (Event e : oneOfEach(in.size(), variant)) {
                log.append(e);
                in.add(e);
            }
        }
        assertThat(log.snapshot()).containsExactlyElementsOf(in);
        assertThat(log.since(in.size() - 3)).containsExactlyElementsOf(in.subList(in.size() - 3, in.size()));
    }

    @Test
    void headersOutsideThePackedRangeAndManyTemplatesStillRoundTrip() {
        var log = new EventLog();
        List<Event> in = new ArrayList<>();
        long[] gs = {0, 1, (1L << 35) - 1, 1L << 35, Long.MAX_VALUE};
        int[] ps = {-1, 0, 4094, 4095, 100_000};
        int seq = 0;
        for (long g : gs) {
            for (int p : ps) {
                in.add(new Event.GoStart(seq++, seq, p, g, 42));
            }
        }
        // More distinct templates than the table holds: the rest are kept whole.
        for (int i = 0; i < 70_000; i++) {
            in.add(new Event.GoUnblock(seq++, seq, 0, 7, 10_000 + i));
        }
        in.forEach(log::append);
        assertThat(log.snapshot()).containsExactlyElementsOf(in);
    }

    @Test
    void aDiscardingLogNumbersEventsButKeepsNone() {
        List<Event> tapped = new ArrayList<>();
        var log = EventLog.discarding(tapped::add);
        for (int i = 0; i < 3000; i++) {
            log.append(new Event.GoStart(i, i, 0, 7, 1));
        }
        assertThat(log.keeps()).isFalse();
        assertThat(log.size()).isEqualTo(3000);
        assertThat(log.nextSeq()).isEqualTo(3000);
        assertThat(log.snapshot()).isEmpty();
        assertThat(log.since(10)).isEmpty();
        assertThat(tapped).hasSize(3000);
        assertThat(tapped.get(2999).seq()).isEqualTo(2999);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> log.append(new Event.GoEnd(7, 7, 0, 7)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
