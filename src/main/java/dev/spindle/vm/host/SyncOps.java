package dev.spindle.vm.host;

import dev.spindle.vm.GoFatal;
import dev.spindle.vm.value.CopiedByValue;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.StructShape;
import dev.spindle.vm.value.StructValue;
import java.util.ArrayDeque;

/**
 * sync's primitives. Their Go values are structs whose last field ({@code state any}) holds
 * the host's object, created on first use so that the zero value works. Mutexes hand off
 * FIFO to the longest waiter on Unlock (simpler than Go's normal/starvation modes, and what a
 * single P shows anyway in the corpus); woken goroutines go to runnext like Go's goready.
 */
final class SyncOps {
    private static final StructShape COND = StructShape.flat("sync.Cond", "L", "state");

    private final SimpleHost host;

    SyncOps(SimpleHost host) {
        this.host = host;
    }

    // Sync values are values: a Go copy of one of these starts with its state, without its waiters.

    static final class WaitGroup implements CopiedByValue {
        long counter;
        final ArrayDeque<GState> waiters = new ArrayDeque<>();

        @Override
        public Object copyValue() {
            WaitGroup w = new WaitGroup();
            w.counter = counter;
            return w;
        }
    }

    static final class Mutex implements CopiedByValue {
        boolean locked;
        final ArrayDeque<GState> waiters = new ArrayDeque<>();

        @Override
        public Object copyValue() {
            Mutex m = new Mutex();
            m.locked = locked;
            return m;
        }
    }

    static final class RWMutex implements CopiedByValue {
        boolean writer;
        int readers;
        final ArrayDeque<GState> writers = new ArrayDeque<>();
        final ArrayDeque<GState> readersWaiting = new ArrayDeque<>();

        @Override
        public Object copyValue() {
            RWMutex m = new RWMutex();
            m.writer = writer;
            m.readers = readers;
            return m;
        }
    }

    static final class Once implements CopiedByValue {
        boolean done;

        @Override
        public Object copyValue() {
            Once o = new Once();
            o.done = done;
            return o;
        }
    }

    static final class Cond {
        final ArrayDeque<GState> waiters = new ArrayDeque<>();
    }

    @SuppressWarnings("unchecked")
    private static <T> T state(Object holder, java.util.function.Supplier<T> make) {
        StructValue s = (StructValue) holder;
        int i = s.fields.length - 1;
        if (s.fields[i] == null || s.fields[i] instanceof String) { // a String: the variable's name (for the engine's screen)
            s.fields[i] = make.get();
        }
        return (T) s.fields[i];
    }

    boolean call(GState cur, String name, Object[] a) {
        switch (name) {
            case "sync.WaitGroup.Add" -> {
                add(cur, state(a[0], WaitGroup::new), (Long) a[1]);
                return true;
            }
            case "sync.WaitGroup.Done" -> {
                add(cur, state(a[0], WaitGroup::new), -1);
                return true;
            }
            case "sync.WaitGroup.Wait" -> {
                WaitGroup wg = state(a[0], WaitGroup::new);
                if (wg.counter == 0) {
                    return true;
                }
                wg.waiters.addLast(cur);
                host.park(cur, "sync.WaitGroup.Wait");
                return false;
            }
            case "sync.WaitGroup.Go" -> {
                WaitGroup wg = state(a[0], WaitGroup::new);
                wg.counter++;
                GState g = host.spawn((FuncValue) a[1], new Object[0], cur);
                g.doneGroup = wg;
                return true;
            }
            case "sync.Mutex.Lock" -> {
                return lock(cur, state(a[0], Mutex::new));
            }
            case "sync.Mutex.Unlock" -> {
                unlock(state(a[0], Mutex::new));
                return true;
            }
            case "sync.Mutex.TryLock" -> {
                Mutex m = state(a[0], Mutex::new);
                boolean ok = !m.locked;
                m.locked = true;
                cur.g.pushResult(ok);
                return true;
            }
            case "sync.RWMutex.Lock" -> {
                RWMutex m = state(a[0], RWMutex::new);
                if (!m.writer && m.readers == 0) {
                    m.writer = true;
                    return true;
                }
                m.writers.addLast(cur);
                host.park(cur, "sync.RWMutex.Lock");
                return false;
            }
            case "sync.RWMutex.Unlock" -> {
                RWMutex m = state(a[0], RWMutex::new);
                if (!m.writer) {
                    throw new GoFatal("sync: Unlock of unlocked RWMutex");
                }
                m.writer = false;
                while (!m.readersWaiting.isEmpty()) {
                    m.readers++;
                    host.ready(m.readersWaiting.pollFirst());
                }
                if (m.readers == 0 && !m.writers.isEmpty()) {
                    m.writer = true;
                    host.ready(m.writers.pollFirst());
                }
                return true;
            }
            case "sync.RWMutex.RLock" -> {
                RWMutex m = state(a[0], RWMutex::new);
                if (!m.writer && m.writers.isEmpty()) {
                    m.readers++;
                    return true;
                }
                m.readersWaiting.addLast(cur);
                host.park(cur, "sync.RWMutex.RLock");
                return false;
            }
            case "sync.RWMutex.RUnlock" -> {
                RWMutex m = state(a[0], RWMutex::new);
                if (m.readers <= 0) {
                    throw new GoFatal("sync: RUnlock of unlocked RWMutex");
                }
                m.readers--;
                if (m.readers == 0 && !m.writers.isEmpty()) {
                    m.writer = true;
                    host.ready(m.writers.pollFirst());
                }
                return true;
            }
            case "sync.RWMutex.TryLock" -> {
                RWMutex m = state(a[0], RWMutex::new);
                boolean ok = !m.writer && m.readers == 0;
                if (ok) {
                    m.writer = true;
                }
                cur.g.pushResult(ok);
                return true;
            }
            case "sync.RWMutex.TryRLock" -> {
                RWMutex m = state(a[0], RWMutex::new);
                boolean ok = !m.writer && m.writers.isEmpty();
                if (ok) {
                    m.readers++;
                }
                cur.g.pushResult(ok);
                return true;
            }
            case "sync.Once.Do" -> {
                Once o = state(a[0], Once::new);
                if (!o.done) {
                    o.done = true;
                    cur.g.pushCall((FuncValue) a[1], new Object[0]);
                }
                return true;
            }
            case "sync.NewCond" -> {
                cur.g.pushResult(new StructValue(COND, new Object[] {a[0], null}));
                return true;
            }
            case "sync.Cond.Wait" -> {
                StructValue c = (StructValue) a[0];
                Cond cond = state(c, Cond::new);
                unlock(mutexOf(c));
                cond.waiters.addLast(cur);
                host.park(cur, "sync.Cond.Wait");
                return false;
            }
            case "sync.Cond.Signal" -> {
                StructValue c = (StructValue) a[0];
                Cond cond = state(c, Cond::new);
                if (!cond.waiters.isEmpty()) {
                    relock(c, cond.waiters.pollFirst());
                }
                return true;
            }
            case "sync.Cond.Broadcast" -> {
                StructValue c = (StructValue) a[0];
                Cond cond = state(c, Cond::new);
                while (!cond.waiters.isEmpty()) {
                    relock(c, cond.waiters.pollFirst());
                }
                return true;
            }
            default -> throw new GoFatal("spindle: the runtime has no " + name);
        }
    }

    private void add(GState cur, WaitGroup wg, long delta) {
        wg.counter += delta;
        if (wg.counter < 0) {
            cur.g.panicWith("sync: negative WaitGroup counter", false);
            return;
        }
        if (wg.counter == 0) {
            while (!wg.waiters.isEmpty()) {
                host.ready(wg.waiters.pollFirst());
            }
        }
    }

    /** WaitGroup.Go's goroutine finished. */
    void done(GState g, Object group) {
        add(g, (WaitGroup) group, -1);
    }

    private boolean lock(GState cur, Mutex m) {
        if (!m.locked) {
            m.locked = true;
            return true;
        }
        m.waiters.addLast(cur);
        host.park(cur, "sync.Mutex.Lock");
        return false;
    }

    private void unlock(Mutex m) {
        if (!m.locked) {
            throw new GoFatal("sync: unlock of unlocked mutex");
        }
        if (m.waiters.isEmpty()) {
            m.locked = false;
        } else {
            host.ready(m.waiters.pollFirst());
        }
    }

    private Mutex mutexOf(StructValue cond) {
        Object l = cond.fields[0];
        Object holder = l instanceof IfaceValue iv ? iv.value() : l;
        return state(holder, Mutex::new);
    }

    /** A signalled Cond waiter must get its lock back before Wait returns. */
    private void relock(StructValue cond, GState w) {
        Mutex m = mutexOf(cond);
        if (!m.locked) {
            m.locked = true;
            host.ready(w);
        } else {
            m.waiters.addLast(w);
            host.park(w, "sync.Mutex.Lock");
        }
    }
}
