package dev.spindle.vm;

import dev.spindle.lang.compile.ElemInfo;
import dev.spindle.lang.compile.MethodRef;
import dev.spindle.lang.compile.Program;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Type;
import dev.spindle.vm.value.ArrayValue;
import dev.spindle.vm.value.Box;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.StructValue;
import java.util.IdentityHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * One run of a program: its package variables, its seeded random generator, its link to the
 * standard library and its limits. Goroutines of the run share it. Not thread-safe by itself:
 * the scheduler engine serializes access to the parts that mutate (the address table, the
 * random generator) at round boundaries or with its own locks.
 */
public final class Machine {
    final Program program;
    /** Package variables: a Box per scalar/reference variable, the holder per aggregate. */
    final Object[] globals;
    final RandomGenerator random;
    /** The run's seed; each goroutine derives its own generator from it and its id. */
    final long seed;
    final NativeLinker linker;
    /** The deepest a goroutine's stack may grow (Go's 1 GB stack limit, in frames). */
    final int maxFrames;
    /** Filled on first call; carriers at --procs 2 and more look natives up at the same time. */
    private final Map<String, NativeFn> natives = new ConcurrentHashMap<>();
    private final IdentityHashMap<Object, Long> addresses = new IdentityHashMap<>();
    /** Whether goroutines log their heap accesses for the race detector ({@code --race}). */
    private boolean detectRaces;

    public Machine(Program program, long seed, NativeLinker linker, int maxFrames) {
        this.program = program;
        this.random = new SplittableRandom(seed);
        this.seed = seed;
        this.linker = linker;
        this.maxFrames = maxFrames;
        this.globals = new Object[program.globalNames().size()];
        GoFatal failure = null;
        try {
            ProgramLoader.load(program);
            // Package variables are main's (goroutine 1) as its package initialisers run first:
            // other goroutines take them over at a boundary (vm.value.Owned).
            dev.spindle.vm.value.Owned.enter(1);
            for (int i = 0; i < globals.length; i++) {
                Object zero = ProgramLoader.zero(program.globalZeros().get(i));
                globals[i] = zero instanceof StructValue s ? s.copy()
                        : zero instanceof ArrayValue a ? a.copy()
                        : new Box(zero);
            }
        } catch (GoFatal e) {
            failure = e;
        } catch (OutOfMemoryError e) {
            failure = GoFatal.outOfMemory(e, "runtime: out of memory\n");
        }
        this.loadFailure = failure;
    }

    /**
     * Why the program cannot start (an array too large for memory), or null: the main
     * goroutine dies of it at its first instruction, as Go's would at its first allocation.
     */
    final GoFatal loadFailure;

    /** Turns the race detector's access logs on; call before the first goroutine is made. */
    public void detectRaces() {
        detectRaces = true;
    }

    public boolean detectsRaces() {
        return detectRaces;
    }

    public Program program() {
        return program;
    }

    public RandomGenerator random() {
        return random;
    }

    /** The main goroutine (id 1), starting with package initialization, then main.main. */
    public Goroutine mainGoroutine() {
        return new Goroutine(this, 1, new FuncValue(program.init(), new Object[0]), new Object[0]);
    }

    /** A new goroutine running fn(args) (args boxed). */
    public Goroutine newGoroutine(long id, FuncValue fn, Object[] args) {
        return new Goroutine(this, id, fn, args);
    }

    /** An opaque, stable address for %p and for printing pointers, as Go's heap addresses look. */
    public synchronized long addressOf(Object o) { // rare (%p), and carriers may print at once
        return addresses.computeIfAbsent(o, k -> 0xc000010000L + 16L * addresses.size());
    }

    /**
     * The natives called last, by the identity of their name (a constant of the calling code):
     * a call in a loop skips hashing the name. One slot is one immutable pair, so carriers
     * that race on it see a whole pair or miss.
     */
    private final NativeSlot[] recentNatives = new NativeSlot[32];

    private record NativeSlot(String name, NativeFn fn) {}

    NativeFn nativeFn(String name) {
        int h = System.identityHashCode(name) & (recentNatives.length - 1);
        NativeSlot recent = recentNatives[h];
        if (recent != null && recent.name == name) {
            return recent.fn;
        }
        NativeFn fn = natives.get(name);
        if (fn == null) {
            fn = name.equals(RuntimeErrors.RUNTIME_ERROR_METHOD) ? (g, a) -> null : linker.lookup(name);
            if (fn == null) {
                throw new GoFatal("spindle: the standard library has no " + name);
            }
            natives.put(name, fn);
        }
        recentNatives[h] = new NativeSlot(name, fn);
        return fn;
    }

    /** The method {@code name} of dynamic type t (promoted ones included), or null. */
    MethodRef method(Type t, String name) {
        return method(t, name, 0);
    }

    private MethodRef method(Type t, String name, int depth) {
        MethodRef m = direct(t, name);
        if (m != null) {
            return m;
        }
        // Promoted through embedded fields, breadth first: as in Go, the shallowest wins (a
        // method of an embedded struct hides one its own embedded interface has).
        for (int level = 1; level <= 8; level++) {
            m = atLevel(t, name, level);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** A method declared on t itself (or a library type's native method), or null. */
    private MethodRef direct(Type t, String name) {
        Map<String, MethodRef> ms = program.methods().get(t);
        if (ms != null) {
            MethodRef m = ms.get(name);
            if (m != null) {
                return m;
            }
        }
        Type base = t instanceof Pointer p ? p.elem() : t;
        if (base instanceof Named n) {
            if (t.equals(RuntimeErrors.TYPE) && name.equals("Error")) {
                return new MethodRef(null, "runtime.Error.Error", false);
            }
            if (t.equals(RuntimeErrors.TYPE) && name.equals("RuntimeError")) {
                return new MethodRef(null, RuntimeErrors.RUNTIME_ERROR_METHOD, false);
            }
            // Library types (errors created by natives, time.Duration): the native pkg.Type.Method.
            String nativeName = n.qualifiedName() + "." + name;
            if (linker.lookup(nativeName) != null) {
                return new MethodRef(null, nativeName, false);
            }
        }
        return null;
    }

    /** The method exactly {@code level} embedded fields below t: interfaces dispatch again, structs recurse. */
    private MethodRef atLevel(Type t, String name, int level) {
        Type base = t instanceof Pointer p ? p.elem() : t;
        if (!(base.underlying() instanceof Struct st)) {
            return null;
        }
        for (int i = 0; i < st.fields().size(); i++) {
            Struct.Field f = st.fields().get(i);
            if (!f.embedded()) {
                continue;
            }
            Type ft = f.type();
            MethodRef m;
            if (ft.underlying() instanceof Interface it) {
                if (level == 1 && it.method(name) != null) {
                    return new MethodRef(null, null, false, new int[] {i}, true);
                }
                continue;
            }
            if (level == 1) {
                m = direct(ft, name);
                if (m == null && !(ft instanceof Pointer)) {
                    m = direct(new Pointer(ft), name);
                }
            } else {
                m = atLevel(ft, name, level - 1);
            }
            if (m != null) {
                return m.promoted(new int[] {i});
            }
        }
        return null;
    }

    /** A method ready to call: the target and the receiver value to pass. */
    record Bound(MethodRef method, Object receiver) {}

    /** Resolves i.name(): promoted paths followed, embedded interfaces re-dispatched, pointers dereferenced. */
    Bound bind(IfaceValue iv, String name) {
        for (int guard = 0; guard < 16; guard++) {
            MethodRef m = method(iv.dynType(), name);
            if (m == null) {
                throw new GoFatal("spindle: no method " + name + " on " + iv.dynType());
            }
            Object recv = iv.value();
            if (m.path() != null) {
                recv = follow(recv, m.path());
                if (m.viaIface()) {
                    if (!(recv instanceof IfaceValue inner)) {
                        throw RuntimeErrors.nilDeref();
                    }
                    iv = inner;
                    continue;
                }
            }
            if (m.derefReceiver()) {
                if (recv == null) {
                    throw RuntimeErrors.nilDeref();
                }
                recv = recv instanceof dev.spindle.vm.value.Pointer p ? p.load() : Ops.copy(recv);
            }
            return new Bound(m, recv);
        }
        throw new GoFatal("spindle: method " + name + " nested too deeply");
    }

    /** Follows a promoted method's path from the outer receiver to the embedded one. */
    static Object follow(Object recv, int[] path) {
        Object r = recv;
        for (int idx : path) {
            if (r == null) {
                throw RuntimeErrors.nilDeref();
            }
            r = ((StructValue) r).fields[idx];
        }
        return r;
    }

    /** Element info for channel creation: exposed for hosts. */
    public static String describe(ElemInfo e) {
        return e.typeName();
    }
}
