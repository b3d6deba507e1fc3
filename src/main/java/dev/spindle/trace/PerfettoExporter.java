package dev.spindle.trace;

import dev.spindle.trace.Event.*;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Writes a log as Chrome trace-event JSON (the "JSON trace format" that ui.perfetto.dev and
 * chrome://tracing open): one thread track per carrier ({@code spindle-carrier-N}) holding
 * one complete slice ({@code ph:"X"}) per goroutine run, flow arrows ({@code ph:"s"/"f"})
 * from the goroutine that unblocked another to where the woken goroutine next starts, a
 * counter track ({@code ph:"C"}) per WaitGroup, instant events for prints, and a "runtime"
 * track for resizes, panics, deadlocks and the end. Timestamps are microseconds of virtual
 * time. Written by hand: the format is small and Spindle takes no JSON dependency.
 */
public final class PerfettoExporter {

    private static final int PID = 1;
    private static final int RUNTIME_TID = 0;

    private final Writer out;
    private boolean first = true;
    private final Map<Long, Long> runStart = new HashMap<>();
    private final Map<Long, Integer> runP = new HashMap<>();
    private final Map<Long, String> functions = new HashMap<>();
    private final Map<Long, Long> pendingFlow = new HashMap<>();
    private long nextFlowId = 1;
    private int maxP = 0;

    private PerfettoExporter(Writer out) {
        this.out = out;
    }

    /** Writes {@code events} to {@code out} as one JSON document. Any thread; does not close {@code out}. */
    public static void write(List<Event> events, Writer out) {
        try {
            new PerfettoExporter(out).writeAll(events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON document for {@code events} as a string. */
    public static String toJson(List<Event> events) {
        var w = new java.io.StringWriter();
        write(events, w);
        return w.toString();
    }

    private void writeAll(List<Event> events) throws IOException {
        out.write("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n");
        meta("process_name", RUNTIME_TID, "Spindle run");
        meta("thread_name", RUNTIME_TID, "runtime");
        long last = 0;
        for (Event e : events) {
            last = e.time();
            event(e);
        }
        // In goroutine order: Map.copyOf's iteration order changes from one JVM to the next,
        // and the same run must give the same file.
        for (var entry : new java.util.TreeMap<>(runStart).entrySet()) {
            closeRun(entry.getKey(), last, "running", 0);
        }
        for (int p = 0; p <= maxP; p++) {
            meta("thread_name", p + 1, "spindle-carrier-" + p);
        }
        out.write("\n]}\n");
    }

    private void event(Event e) throws IOException {
        if (e.p() > maxP) {
            maxP = e.p();
        }
        switch (e) {
            case GoCreate c -> functions.put(c.g(), c.function());
            case GoStart s -> {
                runStart.put(s.g(), s.time());
                runP.put(s.g(), s.p());
                Long flow = pendingFlow.remove(s.g());
                if (flow != null) {
                    emit("{\"ph\":\"f\",\"bp\":\"e\",\"cat\":\"unblock\",\"name\":\"unblock\",\"id\":" + flow
                            + ",\"pid\":" + PID + ",\"tid\":" + (s.p() + 1) + ",\"ts\":" + us(s.time()) + "}");
                }
            }
            case GoStop s -> closeRun(s.g(), s.time(), "stopped: " + s.reason(), s.line());
            case GoPreempt s -> closeRun(s.g(), s.time(), "preempted", s.line());
            case GoSched s -> closeRun(s.g(), s.time(), "Gosched", s.line());
            case GoBlock b -> closeRun(b.g(), b.time(),
                    b.reason().text() + (b.object() == null ? "" : " " + b.object().label()), b.line());
            case GoEnd d -> closeRun(d.g(), d.time(), "returned", 0);
            case GoUnblock u -> {
                Integer wakerP = runP.get(u.by());
                if (u.by() != Event.NO_G && wakerP != null && runStart.containsKey(u.by())) {
                    long id = nextFlowId++;
                    pendingFlow.put(u.g(), id);
                    emit("{\"ph\":\"s\",\"cat\":\"unblock\",\"name\":\"unblock\",\"id\":" + id
                            + ",\"pid\":" + PID + ",\"tid\":" + (wakerP + 1) + ",\"ts\":" + us(u.time()) + "}");
                }
            }
            case WaitGroupAdd w -> emit("{\"ph\":\"C\",\"name\":" + str("WaitGroup " + w.wg().label())
                    + ",\"pid\":" + PID + ",\"ts\":" + us(w.time()) + ",\"args\":{\"counter\":" + w.counter() + "}}");
            case Print p -> instant(p, p.p() + 1, (p.stderr() ? "stderr: " : "") + p.text());
            case Steal s -> instant(s, s.toP() + 1, "steal " + s.count() + " from P" + s.fromP());
            case ProcResize r -> instant(r, RUNTIME_TID, "GOMAXPROCS " + r.oldProcs() + " -> " + r.newProcs());
            case Panic pa -> instant(pa, RUNTIME_TID, "panic: " + pa.message());
            case DataRace r -> instant(r, RUNTIME_TID, "data race: G" + r.other() + " line " + r.otherLine()
                    + " / G" + r.g() + " line " + r.line());
            case Deadlock d -> instant(d, RUNTIME_TID, "deadlock");
            case End end -> instant(end, RUNTIME_TID, "exit " + end.exitCode());
            default -> { }
        }
    }

    /** Ends goroutine g's slice; {@code line} (where it stopped, 0 unknown) goes into the slice's args. */
    private void closeRun(long g, long end, String why, int line) throws IOException {
        Long start = runStart.remove(g);
        Integer p = runP.get(g);
        if (start == null || p == null) {
            return;
        }
        String fn = functions.getOrDefault(g, "?");
        emit("{\"ph\":\"X\",\"cat\":\"goroutine\",\"name\":" + str("G" + g + " " + fn)
                + ",\"pid\":" + PID + ",\"tid\":" + (p + 1) + ",\"ts\":" + us(start) + ",\"dur\":" + us(end - start)
                + ",\"args\":{\"goroutine\":" + g + ",\"until\":" + str(why) + (line > 0 ? ",\"line\":" + line : "") + "}}");
    }

    private void instant(Event e, int tid, String name) throws IOException {
        emit("{\"ph\":\"i\",\"s\":\"t\",\"name\":" + str(name) + ",\"pid\":" + PID + ",\"tid\":" + Math.max(tid, 0)
                + ",\"ts\":" + us(e.time()) + ",\"args\":{\"seq\":" + e.seq() + ",\"g\":" + e.g() + "}}");
    }

    private void meta(String what, int tid, String name) throws IOException {
        emit("{\"ph\":\"M\",\"name\":\"" + what + "\",\"pid\":" + PID + ",\"tid\":" + tid
                + ",\"args\":{\"name\":" + str(name) + "}}");
    }

    private void emit(String json) throws IOException {
        if (!first) {
            out.write(",\n");
        }
        first = false;
        out.write(json);
    }

    private static String us(long nanos) {
        return String.format(Locale.ROOT, "%d.%03d", nanos / 1000, Math.abs(nanos % 1000));
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static String str(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
