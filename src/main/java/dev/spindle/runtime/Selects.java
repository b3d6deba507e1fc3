package dev.spindle.runtime;

import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.SelectCase;
import dev.spindle.trace.WaitReason;
import java.util.List;

/**
 * The select statement, after Go's selectgo: cases on nil channels are never ready; among the
 * ready cases one fires, each equally likely in Go (selectgo polls them in a random order);
 * here that is one {@link DecisionKind#SELECT_CASE} decision, asked when two or more are
 * ready. Otherwise default; otherwise the goroutine waits in every case's queue at once, and
 * the first case to fire takes it out of the others. Coordinator only.
 */
final class Selects {

    private Selects() {}

    /** The select statement's line for each of {@code n} options (a case's own line is not known here). */
    /** Each ready case's line (the select's own where a case's is unknown): what a choice among them points at. */
    private static int[] selectLines(G g, RuntimeOp.Select sel, int[] ready, int n) {
        int[] lines = new int[n];
        for (int j = 0; j < n; j++) {
            int line = ready[j] < sel.lines().length ? sel.lines()[ready[j]] : 0;
            lines[j] = line > 0 ? line : g.code.line();
        }
        return lines;
    }

    static Outcome select(Coordinator c, G g, RuntimeOp.Select sel) {
        List<SelectCase> cases = sel.cases();
        int[] ready = new int[cases.size()];
        int n = 0;
        int live = 0;
        for (int i = 0; i < cases.size(); i++) {
            SelectCase sc = cases.get(i);
            if (sc.chan() == null) {
                continue;
            }
            live++;
            ChanState st = c.objects.chan(sc.chan());
            if (sc.send() ? st.canSendNow() : st.canRecvNow()) {
                ready[n++] = i;
            }
        }
        if (n > 0) {
            int[] r = ready;
            int k = n < 2 ? 0 : c.chooser.choose(new Decision(DecisionKind.SELECT_CASE, n,
                    j -> "G" + g.id + " takes case " + (r[j] + 1) + (cases.get(r[j]).send() ? " (send)" : " (receive)"), null,
                    selectLines(g, sel, ready, n)));
            int i = ready[k];
            SelectCase sc = cases.get(i);
            ChanState st = c.objects.chan(sc.chan());
            if (sc.send()) {
                st.sendNow(c, g, sc.value(), i);
            } else {
                st.recvNow(c, g, i);
            }
            return Outcome.CONTINUE;
        }
        if (sel.hasDefault()) {
            g.resume = new Resume.Selected(-1, null, false);
            return Outcome.CONTINUE;
        }
        if (live == 0) {
            c.park(g, WaitReason.SELECT_NO_CASES, null);
            return Outcome.RELEASED;
        }
        c.park(g, WaitReason.SELECT, null);
        g.selecting = sel;
        for (int i = 0; i < cases.size(); i++) {
            SelectCase sc = cases.get(i);
            if (sc.chan() != null) {
                ChanState st = c.objects.chan(sc.chan());
                (sc.send() ? st.sendq : st.recvq).addLast(new Waiter(g, g.parkGeneration, i, sc.value()));
            }
        }
        return Outcome.RELEASED;
    }
}
