package dev.spindle.trace;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The storage behind a keeping {@link EventLog}: 16 bytes per event instead of a 40-60 byte
 * record plus its array slot. Most events repeat everything but their header: a million
 * goroutines parking on one channel at one line make a million GoBlocks that differ only in
 * seq, time and g. So an event is stored as its time (one long) and one word: P, goroutine
 * and the index of a shared <em>template</em> (the event with a zero header, see
 * {@link EventHeaders}); events that do not fit (unusual sizes, a full template table, or
 * types that rarely repeat such as Print) keep their record in a side table and the word
 * says where. {@link #get} rebuilds an event equal to the one appended.
 *
 * <p>Threading as {@link EventLog}'s: one writer; readers work on a {@link View} taken from
 * a published {@link EventLog} state. Storage is in fixed chunks that are never moved or
 * rewritten below the published size, and the outer arrays are replaced (never changed in
 * place below the published size) when they grow, so a view sees exactly its prefix.
 */
final class CompactEvents {

    static final int CHUNK_BITS = 10;
    static final int CHUNK = 1 << CHUNK_BITS;
    static final int MASK = CHUNK - 1;

    /** Word layout for a templated event: bit 63 set, g in bits 28..62, p + 1 in 16..27, template in 0..15. */
    private static final long TEMPLATED = 1L << 63;
    private static final int TEMPLATE_BITS = 16;
    private static final int P_BITS = 12;
    private static final int G_BITS = 35;
    static final int MAX_TEMPLATES = 1 << TEMPLATE_BITS;

    /** What a reader needs to decode the first {@code size} events; immutable below size. */
    record View(long[][] times, long[][] words, Event[][] others, Event[] templates) {

        Event get(int i) {
            long time = times[i >>> CHUNK_BITS][i & MASK];
            long w = words[i >>> CHUNK_BITS][i & MASK];
            if ((w & TEMPLATED) == 0) {
                int k = (int) w;
                return others[k >>> CHUNK_BITS][k & MASK];
            }
            Event template = templates[(int) (w & (MAX_TEMPLATES - 1))];
            int p = (int) ((w >>> TEMPLATE_BITS) & ((1 << P_BITS) - 1)) - 1;
            long g = (w >>> (TEMPLATE_BITS + P_BITS)) & ((1L << G_BITS) - 1);
            return EventHeaders.withHeader(template, i, time, p, g);
        }
    }

    private long[][] times = new long[1][];
    private long[][] words = new long[1][];
    private Event[][] others = new Event[1][];
    private int otherCount;
    private Event[] templates = new Event[16];
    private int templateCount;
    private final Map<Event, Integer> templateIndex = new HashMap<>();
    private int size;

    /** Stores event number {@code size}; the caller then publishes {@link #view()}. Writer only. */
    void add(Event e) {
        int chunk = size >>> CHUNK_BITS;
        if (chunk == times.length) {
            times = Arrays.copyOf(times, chunk * 2);
            words = Arrays.copyOf(words, chunk * 2);
        }
        if (times[chunk] == null) {
            times[chunk] = new long[CHUNK];
            words[chunk] = new long[CHUNK];
        }
        times[chunk][size & MASK] = e.time();
        words[chunk][size & MASK] = word(e);
        size++;
    }

    View view() {
        return new View(times, words, others, templates);
    }

    private long word(Event e) {
        int p1 = e.p() + 1;
        long g = e.g();
        if (EventHeaders.templated(e) && p1 >= 0 && p1 < (1 << P_BITS) && g >= 0 && g < (1L << G_BITS)) {
            int t = template(EventHeaders.withHeader(e, 0, 0, 0, 0));
            if (t >= 0) {
                return TEMPLATED | (g << (TEMPLATE_BITS + P_BITS)) | ((long) p1 << TEMPLATE_BITS) | t;
            }
        }
        return other(e);
    }

    /** The index of this template, added if new; -1 when the table is full. */
    private int template(Event t) {
        Integer known = templateIndex.get(t);
        if (known != null) {
            return known;
        }
        if (templateCount == MAX_TEMPLATES) {
            return -1;
        }
        if (templateCount == templates.length) {
            templates = Arrays.copyOf(templates, templates.length * 2);
        }
        templates[templateCount] = t;
        templateIndex.put(t, templateCount);
        return templateCount++;
    }

    private long other(Event e) {
        int chunk = otherCount >>> CHUNK_BITS;
        if (chunk == others.length) {
            others = Arrays.copyOf(others, chunk * 2);
        }
        if (others[chunk] == null) {
            others[chunk] = new Event[CHUNK];
        }
        others[chunk][otherCount & MASK] = e;
        return otherCount++;
    }
}
