package dev.spindle.vm;

import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Type;
import dev.spindle.vm.value.IfaceValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's report of an unrecovered panic (runtime/panic.go printpanics + traceback): the chain
 * of panics oldest first ({@code [recovered]} marks; Go 1.25's {@code [recovered, repanicked]}
 * for a recovered value panicked again; Goexit is not printed), a blank line, the goroutine header and
 * its frames, innermost first, as {@code main.f(...)} and a tab-indented {@code prog.go:LINE}.
 */
final class PanicReport {
    private PanicReport() {}

    static String format(Goroutine g) {
        List<PanicState> chain = new ArrayList<>();
        for (PanicState p = g.panic; p != null; p = p.previous) {
            chain.addFirst(p);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < chain.size(); i++) {
            PanicState p = chain.get(i);
            if (i > 0) {
                PanicState older = chain.get(i - 1);
                if (repanicked(older, p)) {
                    continue; // printed once, on the older line
                }
                if (!older.goexit) {
                    b.append('\t');
                }
            }
            if (p.goexit) {
                continue;
            }
            b.append("panic: ").append(value(g, p.value));
            if (p.recovered && i + 1 < chain.size() && repanicked(p, chain.get(i + 1))) {
                b.append(" [recovered, repanicked]");
            } else if (p.recovered) {
                b.append(" [recovered]");
            }
            b.append('\n');
        }
        PanicState last = chain.getLast();
        if (last.value instanceof IfaceValue iv && iv.dynType() == RuntimeErrors.TYPE
                && String.valueOf(iv.value()).contains("nil pointer dereference")) {
            b.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        b.append('\n');
        b.append("goroutine ").append(g.id()).append(" [running]:\n");
        appendFrames(b, last.stack, g.machine.program().fileName());
        return b.toString();
    }

    /**
     * Go 1.25's preprintpanics: a panic raised with the very value (the same interface value,
     * as {@code recover()} returned it) of the recovered panic it follows is that panic
     * re-raised, printed as one line {@code panic: V [recovered, repanicked]}.
     */
    private static boolean repanicked(PanicState older, PanicState newer) {
        return older.recovered && older.value != null && older.value == newer.value;
    }

    static void appendFrames(StringBuilder b, List<StackLine> stack, String file) {
        int printed = 0;
        for (StackLine s : stack) {
            if (s.function().startsWith("runtime.")) {
                continue;
            }
            if (printed++ == StackLine.MAX_FRAMES) {
                b.append(StackLine.ELIDED).append('\n');
                break;
            }
            b.append(s.function()).append("(...)\n\t").append(s.fileOr(file)).append(':').append(s.line()).append('\n');
        }
    }

    /** printpanicval: errors and Stringers by their method, basic values as print does. */
    static String value(Goroutine g, Object v) {
        if (!(v instanceof IfaceValue iv)) {
            return "nil";
        }
        Type t = iv.dynType();
        for (String method : new String[] {"Error", "String"}) {
            if (g.machine.method(t, method) != null) {
                try {
                    Object r = Callbacks.callMethod(g, iv, method);
                    if (r instanceof String s) {
                        return s;
                    }
                } catch (GoPanic | GoFatal e) {
                    // Go prints a nested panic here; Spindle falls back to the plain value.
                }
            }
        }
        if (t instanceof Basic) {
            return PrintBuiltin.value(g.machine, v);
        }
        if (t instanceof Named n && n.underlying() instanceof Basic b) {
            String inner = PrintBuiltin.value(g.machine, new IfaceValue(b, iv.value()));
            if (b.kind() == Basic.Kind.STRING) {
                inner = "\"" + inner + "\"";
            }
            return n.qualifiedName() + "(" + inner + ")";
        }
        return "(" + t + ") 0x" + Long.toHexString(iv.value() == null ? 0 : g.machine.addressOf(iv.value()));
    }
}
