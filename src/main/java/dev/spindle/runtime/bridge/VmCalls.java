package dev.spindle.runtime.bridge;

import dev.spindle.lang.compile.NilFuncCall;
import dev.spindle.vm.AtomicOps;
import dev.spindle.vm.stdlib.lib.TimeValue;
import dev.spindle.runtime.spi.Cond;
import dev.spindle.runtime.spi.Mutex;
import dev.spindle.runtime.spi.Once;
import dev.spindle.runtime.spi.RWMutex;
import dev.spindle.runtime.spi.RuntimeObject;
import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.Timer;
import dev.spindle.runtime.spi.WaitGroup;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.Pointer;
import dev.spindle.vm.value.StructShape;
import dev.spindle.vm.value.StructValue;
import java.util.function.Function;

/**
 * Library calls the VM hands to its host by name ({@code sync.WaitGroup.Add}, {@code time.Sleep},
 * {@code runtime.Gosched}, {@code atomic.AddInt64}, ...), as runtime ops, with the argument
 * and result conventions of the VM's {@code HostRequests}. Returns null for calls answered on the
 * spot without the engine.
 */
final class VmCalls {

    private static final StructShape COND = StructShape.flat("sync.Cond", "L", "state");
    private static final StructShape TIMER = StructShape.flat("time.Timer", "C", "r");

    private VmCalls() {}

    /**
     * The engine handle kept (in a SyncCell) in a sync struct's last field, created on first use (under the
     * struct's monitor: two carriers may race) and named after the variable: until then the
     * field holds nil or, when the compiler knew the variable, its name (see the compiler's
     * Layouts.zero(Type, String)).
     */
    @SuppressWarnings("unchecked")
    private static <T extends RuntimeObject> T handle(Object holder, Function<String, T> make) {
        StructValue s = (StructValue) holder;
        synchronized (s) {
            int i = s.fields.length - 1;
            if (s.fields[i] == null || s.fields[i] instanceof String) {
                s.fields[i] = new SyncCell(make.apply((String) s.fields[i]));
            }
            return (T) ((SyncCell) s.fields[i]).handle;
        }
    }

    private static StructValue time(long now) {
        return TimeValue.now(now);
    }

    static RuntimeOp translate(VmGoroutine vg, String name, Object[] a, int results) {
        var g = vg.g;
        if (a.length > 0 && a[0] == null && name.indexOf('.') != name.lastIndexOf('.')) {
            // A method on a nil *sync.Mutex, *time.Timer, ...: Go dereferences the receiver.
            g.panicWith("invalid memory address or nil pointer dereference", true);
            return null;
        }
        switch (name) {
            case "sync.WaitGroup.Add" -> {
                return new RuntimeOp.WgAdd(handle(a[0], WaitGroup::new), (Long) a[1]);
            }
            case "sync.WaitGroup.Done" -> {
                return new RuntimeOp.WgAdd(handle(a[0], WaitGroup::new), -1);
            }
            case "sync.WaitGroup.Wait" -> {
                return new RuntimeOp.WgWait(handle(a[0], WaitGroup::new));
            }
            case "sync.WaitGroup.Go" -> {
                FuncValue f = (FuncValue) a[1];
                if (f == null) {
                    // Go 1.25's Go adds 1 and starts a goroutine that calls f: that goroutine
                    // dies of the nil call; the caller returns and cannot recover it.
                    f = new FuncValue(NilFuncCall.PROTO, new Object[0]);
                }
                return new RuntimeOp.WgGo(handle(a[0], WaitGroup::new),
                        VmGoroutine.of(vg.machine, f, new Object[0]).startedByWaitGroupGo(f), f.proto.name(), g.currentLine());
            }
            case "sync.Mutex.Lock" -> {
                return new RuntimeOp.Lock(handle(a[0], Mutex::new));
            }
            case "sync.Mutex.Unlock" -> {
                return new RuntimeOp.Unlock(handle(a[0], Mutex::new));
            }
            case "sync.RWMutex.Lock" -> {
                return new RuntimeOp.Lock(handle(a[0], RWMutex::new));
            }
            case "sync.RWMutex.Unlock" -> {
                return new RuntimeOp.Unlock(handle(a[0], RWMutex::new));
            }
            case "sync.Mutex.TryLock" -> {
                vg.pending = r -> g.pushResult(((Resume.Value) r).value());
                return new RuntimeOp.TryLock(handle(a[0], Mutex::new), false);
            }
            case "sync.RWMutex.TryLock", "sync.RWMutex.TryRLock" -> {
                vg.pending = r -> g.pushResult(((Resume.Value) r).value());
                return new RuntimeOp.TryLock(handle(a[0], RWMutex::new), name.endsWith("TryRLock"));
            }
            case "sync.RWMutex.RLock" -> {
                return new RuntimeOp.RLock(handle(a[0], RWMutex::new));
            }
            case "sync.RWMutex.RUnlock" -> {
                return new RuntimeOp.RUnlock(handle(a[0], RWMutex::new));
            }
            case "sync.Once.Do" -> {
                Once once = handle(a[0], Once::new);
                if (vg.runningOnce(once)) {
                    // f returned: this is the repeated call (pushCallThenRepeatHostCall below).
                    vg.onceFinished(once);
                    return new RuntimeOp.OnceDone(once);
                }
                FuncValue f = (FuncValue) a[1];
                if (f == null) {
                    g.panicWith("invalid memory address or nil pointer dereference", true); // Do calls f()
                    return null;
                }
                vg.pending = r -> {
                    if (Boolean.TRUE.equals(((Resume.Value) r).value())) {
                        g.pushCallThenRepeatHostCall(f, a);
                        vg.onceStarted(once);
                    }
                };
                return new RuntimeOp.OnceDo(once);
            }
            case "sync.NewCond" -> {
                g.pushResult(new StructValue(COND, new Object[] {a[0], null}));
                return null;
            }
            case "sync.Cond.Wait", "sync.Cond.Signal", "sync.Cond.Broadcast" -> {
                StructValue c = (StructValue) a[0];
                if (c.fields[0] == null) {
                    // c.L is nil: Wait calls c.L.Unlock() and dies of it; Signal and Broadcast
                    // never touch L (and nobody can be waiting on a Cond whose Wait panics).
                    if (name.equals("sync.Cond.Wait")) {
                        g.panicWith("invalid memory address or nil pointer dereference", true);
                    }
                    return null;
                }
                Cond cond = handle(c, unnamed -> {
                    Object l = c.fields[0];
                    Object holder = l instanceof IfaceValue iv ? iv.value() : l;
                    return new Cond(handle(holder, Mutex::new), null);
                });
                return switch (name) {
                    case "sync.Cond.Wait" -> new RuntimeOp.CondWait(cond);
                    case "sync.Cond.Signal" -> new RuntimeOp.CondSignal(cond);
                    default -> new RuntimeOp.CondBroadcast(cond);
                };
            }
            case "time.Sleep" -> {
                return new RuntimeOp.Sleep((Long) a[0]);
            }
            case "time.Now", "time.Since", "time.Until" -> {
                vg.pending = r -> {
                    long now = (Long) ((Resume.Value) r).value();
                    g.pushResult(switch (name) {
                        case "time.Now" -> time(now);
                        case "time.Since" -> TimeValue.since(now, a[0]);
                        default -> -TimeValue.since(now, a[0]);
                    });
                };
                return new RuntimeOp.Now();
            }
            case "time.After", "time.Tick", "time.NewTimer", "time.NewTicker" -> {
                long d = (Long) a[0];
                boolean ticker = name.equals("time.Tick") || name.equals("time.NewTicker");
                if (name.equals("time.NewTicker") && d <= 0) {
                    g.panicWith("non-positive interval for NewTicker", false);
                    return null;
                }
                // Named after the call that made it: the screen says "chan receive · time.After",
                // not a number (the program has no variable for it).
                VmChan c = new VmChan(1, null, name, "time.Time");
                Timer t = new Timer(c, ticker ? Math.max(1, d) : 0, VmCalls::time, null, null);
                boolean struct = name.startsWith("time.New");
                vg.pending = r -> g.pushResult(struct ? new StructValue(TIMER, new Object[] {c, t}) : c);
                return new RuntimeOp.TimerStart(t, d);
            }
            case "time.AfterFunc" -> {
                FuncValue f = (FuncValue) a[1];
                Timer t = new Timer(null, 0, null, () -> f == null ? null : VmGoroutine.of(vg.machine, f, new Object[0]), null);
                vg.pending = r -> g.pushResult(new StructValue(TIMER, new Object[] {null, t}));
                return new RuntimeOp.TimerStart(t, (Long) a[0]);
            }
            case "time.Timer.Stop", "time.Ticker.Stop", "time.Timer.Reset", "time.Ticker.Reset" -> {
                Timer t = (Timer) ((StructValue) a[0]).fields[1];
                if (t == null && (name.startsWith("time.Timer") || name.endsWith("Reset"))) {
                    // A zero Timer (var t time.Timer) was never started by NewTimer/AfterFunc.
                    g.panicWith("time: " + name.substring(name.lastIndexOf('.') + 1) + " called on uninitialized "
                            + (name.startsWith("time.Timer") ? "Timer" : "Ticker"), false);
                    return null;
                }
                if (t == null) {
                    return null; // Stop of a zero Ticker stops nothing, as in Go
                }
                vg.pending = r -> {
                    if (results > 0) {
                        g.pushResult(((Resume.Value) r).value());
                    }
                };
                return name.endsWith("Stop") ? new RuntimeOp.TimerStop(t) : new RuntimeOp.TimerReset(t, (Long) a[1]);
            }
            case "runtime.Gosched" -> {
                return new RuntimeOp.Gosched();
            }
            case "runtime.NumGoroutine", "runtime.NumCPU", "runtime.GOMAXPROCS" -> {
                vg.pending = r -> g.pushResult(((Resume.Value) r).value());
                return switch (name) {
                    case "runtime.NumGoroutine" -> new RuntimeOp.NumGoroutine();
                    case "runtime.NumCPU" -> new RuntimeOp.NumCPU();
                    default -> new RuntimeOp.SetMaxProcs((int) (long) (Long) a[0]);
                };
            }
            case "runtime.Goexit" -> {
                g.goexit();
                return null;
            }
            case "runtime.GC" -> {
                return null;
            }
            case "runtime.Version" -> {
                g.pushResult("go1.25");
                return null;
            }
            case "os.Exit" -> {
                return new RuntimeOp.Exit((int) (long) (Long) a[0]);
            }
            default -> {
                if (name.startsWith("atomic.")) {
                    Object at = a.length > 0 ? a[0] : null;
                    return new RuntimeOp.Atomic(() -> {
                        AtomicOps.apply(g, name, a);
                        return null;
                    }, at instanceof Pointer p ? p.container() : at, at instanceof Pointer p ? p.slot() : 0,
                            !name.substring(name.lastIndexOf('.') + 1).startsWith("Load"));
                }
                return new RuntimeOp.Atomic(() -> {
                    throw new UnsupportedOperationException("the engine has no " + name);
                });
            }
        }
    }
}
