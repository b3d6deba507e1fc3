package dev.spindle.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.trace.Event.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLogAndExportTest {

    @Test
    void snapshotsAreStablePrefixes() {
        var log = new EventLog();
        log.append(new ProcResize(0, 0, -1, 0, 0, 1));
        List<Event> before = log.snapshot();
        for (int i = 1; i < 5000; i++) {
            log.append(new Print(i, i, 0, 0, "x" + i, false));
        }
        assertThat(before).hasSize(1);
        assertThat(log.snapshot()).hasSize(5000);
        assertThat(log.since(4998)).extracting(Event::seq).containsExactly(4998L, 4999L);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> log.append(new Print(7, 7, 0, 0, "gap", false)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentReadersSeeConsistentPrefixes() throws Exception {
        var log = new EventLog();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 200_000; i++) {
                log.append(new Print(i, i, 0, 0, "", false));
            }
        });
        writer.start();
        while (writer.isAlive()) {
            List<Event> snap = log.snapshot();
            for (int i = 0; i < snap.size(); i += 997) {
                assertThat(snap.get(i).seq()).isEqualTo(i);
            }
            if (!snap.isEmpty()) {
                assertThat(snap.getLast().seq()).isEqualTo(snap.size() - 1);
            }
        }
        writer.join();
    }

    @Test
    void perfettoExportHasCarrierTracksSlicesFlowsAndCounters() {
        ObjectRef wg = new ObjectRef(ObjectRef.Kind.WAIT_GROUP, 1, "wg");
        ObjectRef ch = new ObjectRef(ObjectRef.Kind.CHAN, 1, null);
        List<Event> events = List.of(
                new ProcResize(0, 0, -1, 0, 0, 2),
                new GoCreate(1, 0, 0, 1, 0, "main.main", 0),
                new GoStart(2, 0, 0, 1),
                new GoCreate(3, 1000, 0, 7, 1, "main.worker", 5),
                new WaitGroupAdd(4, 1000, 0, 1, wg, 1, 1),
                new GoStart(5, 1500, 1, 7),
                new GoBlock(6, 2000, 0, 1, WaitReason.CHAN_RECEIVE, ch, 12),
                new GoUnblock(7, 2500, 1, 1, 7),
                new Print(8, 2600, 1, 7, "say \"hi\"\n\t\u0001", false),
                new GoEnd(9, 3000, 1, 7),
                new GoStart(10, 3000, 1, 1),
                new End(11, 4000, -1, 0, 0));
        String json = PerfettoExporter.toJson(events);
        assertThat(json).startsWith("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[");
        assertThat(json).contains("\"name\":\"spindle-carrier-0\"").contains("\"name\":\"spindle-carrier-1\"");
        assertThat(json).contains("\"ph\":\"X\",\"cat\":\"goroutine\",\"name\":\"G1 main.main\"");
        assertThat(json).contains("\"until\":\"chan receive chan#1\",\"line\":12}");
        assertThat(json).contains("\"ph\":\"s\"").contains("\"ph\":\"f\",\"bp\":\"e\"");
        assertThat(json).contains("\"ph\":\"C\",\"name\":\"WaitGroup wg\"").contains("\"counter\":1");
        assertThat(json).contains("say \\\"hi\\\"\\n\\t\\u0001");
        assertThat(json).contains("\"ts\":1.500");
        assertThat(balanced(json)).isTrue();
    }

    /** Brackets and braces balance outside string literals: a cheap well-formedness check without a JSON library. */
    private static boolean balanced(String json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth < 0) {
                    return false;
                }
            }
        }
        return depth == 0 && !inString;
    }
}
