package dev.spindle.runtime;

import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.SelectCase;
import dev.spindle.trace.WaitReason;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The select statement, after Go's selectgo: cases on nil channels are never ready; the
 * others are polled in a random order drawn from the run's seed (so among several ready
 * cases each is equally likely, and a given seed always picks the same); the first ready
 * case in that order wins; otherwise default; otherwise the goroutine waits in every case's
 * queue at once, and the first case to fire takes it out of the others. Coordinator only.
 */
final class Selects {

    private Selects() {}

    static Outcome select(Coordinator c, G g, RuntimeOp.Select sel, SplittableRandom random) {
        List<SelectCase> cases = sel.cases();
        int[] pollOrder = new int[cases.size()];
        int n = 0;
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).chan() != null) {
                // Go's shuffle: pollorder[norder] = pollorder[j]; pollorder[j] = i with j random in [0, norder].
                int j = random.nextInt(n + 1);
                pollOrder[n] = pollOrder[j];
                pollOrder[j] = i;
                n++;
            }
        }
        for (int k = 0; k < n; k++) {
            int i = pollOrder[k];
            SelectCase sc = cases.get(i);
            ChanState st = c.objects.chan(sc.chan());
            if (sc.send() && st.canSendNow()) {
                st.sendNow(c, g, sc.value(), i);
                return Outcome.CONTINUE;
            }
            if (!sc.send() && st.canRecvNow()) {
                st.recvNow(c, g, i);
                return Outcome.CONTINUE;
            }
        }
        if (sel.hasDefault()) {
            g.resume = new Resume.Selected(-1, null, false);
            return Outcome.CONTINUE;
        }
        if (n == 0) {
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
