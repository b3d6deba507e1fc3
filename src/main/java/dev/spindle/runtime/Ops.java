package dev.spindle.runtime;

import dev.spindle.runtime.spi.GoroutineCode;
import dev.spindle.runtime.spi.Locker;
import dev.spindle.runtime.spi.Mutex;
import dev.spindle.runtime.spi.RWMutex;
import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.Timer;
import dev.spindle.runtime.spi.WaitGroup;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;

/**
 * Applies one goroutine's runtime operation at the round boundary: the dispatch from
 * {@link RuntimeOp} to the object that implements it (channels, select, sync objects,
 * timers) and the few operations the coordinator does itself (go, Gosched, GOMAXPROCS,
 * output, exit). Each op sets the goroutine's {@link G#resume} and says whether the
 * goroutine keeps its P. Coordinator only.
 */
final class Ops {

    private final Coordinator c;

    Ops(Coordinator c) {
        this.c = c;
    }

    /** Applies {@code op} requested by {@code g} running on {@code pp} at {@code c.tracer.time}. */
    Outcome apply(P pp, G g, RuntimeOp op) {
        g.resume = Resume.None.INSTANCE;
        return switch (op) {
            case RuntimeOp.Go go -> {
                newproc(pp, g, go.code(), go.function(), go.line(), null);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.WgGo go -> {
                c.objects.wg(go.wg()).add(c, g, 1);
                newproc(pp, g, go.code(), go.function(), go.line(), go.wg());
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.ChanMake m -> {
                ChanState st = c.objects.chan(m.chan());
                c.tracer.chanMake(pp.id, g.id, st.ref, st.capacity);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.ChanSend s -> {
                if (s.chan() == null) {
                    c.park(g, WaitReason.CHAN_SEND_NIL, null);
                    yield Outcome.RELEASED;
                }
                ChanState st = c.objects.chan(s.chan());
                if (st.canSendNow()) {
                    st.sendNow(c, g, s.value(), -1);
                    yield Outcome.CONTINUE;
                }
                st.parkPlain(c, g, true, s.value());
                yield Outcome.RELEASED;
            }
            case RuntimeOp.ChanRecv r -> {
                if (r.chan() == null) {
                    c.park(g, WaitReason.CHAN_RECEIVE_NIL, null);
                    yield Outcome.RELEASED;
                }
                ChanState st = c.objects.chan(r.chan());
                if (st.canRecvNow()) {
                    st.recvNow(c, g, -1);
                    yield Outcome.CONTINUE;
                }
                st.parkPlain(c, g, false, null);
                yield Outcome.RELEASED;
            }
            case RuntimeOp.ChanClose cl -> {
                if (cl.chan() == null) {
                    g.resume = new Resume.Panic("close of nil channel", true);
                } else if (c.objects.chan(cl.chan()).closed) {
                    g.resume = new Resume.Panic("close of closed channel", true);
                } else {
                    c.objects.chan(cl.chan()).close(c, g);
                }
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.ChanLen l -> {
                g.resume = new Resume.Value((long) (l.chan() == null ? 0 : c.objects.chan(l.chan()).len()));
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Select s -> Selects.select(c, g, s);
            case RuntimeOp.WgAdd a -> c.objects.wg(a.wg()).add(c, g, a.delta());
            case RuntimeOp.WgWait w -> c.objects.wg(w.wg()).await(c, g);
            case RuntimeOp.Lock l -> lock(g, l.locker());
            case RuntimeOp.Unlock u -> {
                unlock(g, u.locker());
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.TryLock t -> {
                boolean ok = switch (t.locker()) {
                    case Mutex m -> c.objects.mutex(m).tryLock(c, g);
                    case RWMutex m -> t.read() ? c.objects.rw(m).tryRLock(c, g) : c.objects.rw(m).tryLock(c, g);
                };
                g.resume = new Resume.Value(ok);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.RLock l -> c.objects.rw(l.rw()).rlock(c, g);
            case RuntimeOp.RUnlock u -> {
                c.objects.rw(u.rw()).runlock(c, g);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.OnceDo o -> c.objects.once(o.once()).begin(c, g);
            case RuntimeOp.OnceDone o -> {
                c.objects.once(o.once()).done(c, g);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.CondWait w -> {
                unlock(g, w.cond().locker());
                c.objects.cond(w.cond()).await(c, g, w.cond().locker());
                yield Outcome.RELEASED;
            }
            case RuntimeOp.CondSignal s -> {
                c.objects.cond(s.cond()).signal(c, g);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.CondBroadcast b -> {
                c.objects.cond(b.cond()).broadcast(c, g);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Sleep s -> {
                if (s.nanos() <= 0) {
                    yield Outcome.CONTINUE;
                }
                TimerState t = new TimerState(c.objects.anonymous(ObjectRef.Kind.TIMER), null, g, pp.id);
                c.timers.arm(t, c.tracer.time + s.nanos());
                c.park(g, WaitReason.SLEEP, null);
                yield Outcome.RELEASED;
            }
            case RuntimeOp.TimerStart s -> {
                TimerState t = c.objects.timer(s.timer(), pp.id);
                t.p = pp.id;
                c.timers.arm(t, c.tracer.time + Math.max(0, s.nanos()));
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.TimerStop s -> {
                TimerState t = c.objects.timer(s.timer(), pp.id);
                boolean was = c.timers.stop(t);
                discardTick(s.timer());
                g.resume = new Resume.Value(was);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.TimerReset r -> {
                TimerState t = c.objects.timer(r.timer(), pp.id);
                boolean was = c.timers.stop(t);
                discardTick(r.timer());
                t.p = pp.id;
                c.timers.arm(t, c.tracer.time + Math.max(0, r.nanos()));
                g.resume = new Resume.Value(was);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Now n -> {
                g.resume = new Resume.Value(c.tracer.time);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Gosched y -> {
                c.tracer.goSched(pp.id, g);
                g.transition(GStatus.RUNNABLE);
                pp.current = null;
                c.sched.global.putTail(g);
                yield Outcome.RELEASED;
            }
            case RuntimeOp.SetMaxProcs m -> {
                g.resume = new Resume.Value((long) c.sched.procs());
                if (m.n() >= 1 && m.n() != c.sched.procs()) {
                    c.programProcs = m.n();
                    c.programProcsBy = g.id;
                }
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.NumGoroutine n -> {
                g.resume = new Resume.Value((long) c.live.size());
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.NumCPU n -> {
                g.resume = new Resume.Value((long) c.config.numCpu());
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Print p -> {
                c.output.write(pp.id, g.id, p.bytes(), p.toStderr());
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Exit e -> {
                c.end(e.code());
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Access a -> {
                a.grant().accept(id -> c.live.containsKey(id));
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Atomic a -> {
                if (c.race != null && a.location() != null) {
                    // The access is checked at the epoch it was made, then the operation's edge.
                    c.reportRace(pp, c.race.atomic(g.id, g.code.raceLog(), a.location(), a.slot(), a.writes()));
                    c.race.slot(g.id, a.location(), a.slot());
                }
                g.resume = new Resume.Value(a.action().get());
                yield Outcome.CONTINUE;
            }
        };
    }

    private void newproc(P pp, G parent, GoroutineCode code, String function, int line, WaitGroup doneOnExit) {
        G ng = new G(c.nextGoid++, parent.id, function, line, code);
        ng.doneOnExit(doneOnExit);
        code.started(ng.id);
        if (c.race != null) {
            c.race.go(parent.id, parent.code.raceLog(), ng.id);
        }
        c.live.put(ng.id, ng);
        c.stats.goroutinesCreated++;
        c.tracer.goCreate(pp.id, ng);
        c.sched.runqput(pp, ng, true);
    }

    Outcome lock(G g, Object locker) {
        return switch (locker) {
            case Mutex m -> c.objects.mutex(m).lock(c, g);
            case RWMutex m -> c.objects.rw(m).lock(c, g);
            default -> throw new IllegalArgumentException("not a Locker: " + locker);
        };
    }

    private void unlock(G g, Locker locker) {
        switch (locker) {
            case Mutex m -> c.objects.mutex(m).unlock(c, g);
            case RWMutex m -> c.objects.rw(m).unlock(c, g);
        }
    }

    private void discardTick(Timer t) {
        if (t.channel() != null) {
            c.objects.chan(t.channel()).discardBuffered();
        }
    }
}
