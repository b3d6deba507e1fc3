package dev.spindle.vm.jit;

import dev.spindle.lang.compile.FuncProto;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

/**
 * Compiles one function's Spindle bytecode to a hidden class whose {@code run} method does
 * what the interpreter's loop does for that function's frame, instruction by instruction,
 * without the dispatch: see the package essay.
 */
public final class FunctionCompiler {
    private FunctionCompiler() {}

    private static final String VM = "dev.spindle.vm.";
    static final ClassDesc G = ClassDesc.of(VM + "Goroutine");
    static final ClassDesc F = ClassDesc.of(VM + "Frame");
    static final ClassDesc STOP = ClassDesc.of(VM + "Stop");
    static final ClassDesc COMPILED = ClassDesc.of(VM + "Compiled");
    static final ClassDesc HEAP = ClassDesc.of(VM + "Heap");
    static final ClassDesc VALUES = ClassDesc.of(VM + "Values");
    static final ClassDesc OPS = ClassDesc.of(VM + "Ops");
    static final ClassDesc ERRORS = ClassDesc.of(VM + "RuntimeErrors");
    static final ClassDesc CALLS = ClassDesc.of(VM + "Calls");
    static final ClassDesc HOST = ClassDesc.of(VM + "HostRequests");
    static final ClassDesc UNWINDER = ClassDesc.of(VM + "Unwinder");
    static final ClassDesc MACHINE = ClassDesc.of(VM + "Machine");
    static final ClassDesc GOPANIC = ClassDesc.of(VM + "GoPanic");
    static final ClassDesc FUNCVALUE = ClassDesc.of(VM + "value.FuncValue");
    static final ClassDesc PROTO = ClassDesc.of("dev.spindle.lang.compile.FuncProto");
    static final ClassDesc KIND = ClassDesc.of("dev.spindle.lang.compile.Kind");
    static final ClassDesc LONGS = CD_long.arrayType();
    static final ClassDesc OBJS = CD_Object.arrayType();

    static final MethodTypeDesc RUN = MethodTypeDesc.of(CD_Object, G, F, CD_long, CD_int);
    static final ClassDesc GATE = ClassDesc.of(VM + "JitGate");
    /** How many compiled activations may nest on the Java stack before a call goes through the interpreter. */
    static final int MAX_NESTING = 48;

    /** Whether to say on stderr which functions stay interpreted and why. */
    private static final boolean DEBUG = Boolean.getBoolean("spindle.jit.debug");

    /**
     * The hidden class (a {@code dev.spindle.vm.Compiled}, in the lookup's package) running p,
     * or null when p has an instruction this tier does not compile.
     */
    public static Class<?> compile(FuncProto p, MethodHandles.Lookup lookup, Function<String, DoubleUnaryOperator> unary)
            throws IllegalAccessException {
        // Every VM instruction becomes at least as many JVM bytes as it has ints, so a function
        // this long can only end over the limit below; building it first cost seconds (a main of
        // 20,000 nested calls: 2.8 s run became 9.5 s, all in building and parsing the class).
        if (p.code().length > MAX_BYTECODE) {
            if (DEBUG) {
                System.err.println("spindle jit: " + p.name() + " stays interpreted: too long to compile");
            }
            return null;
        }
        StackShape shape = new StackShape(p, true);
        if (!shape.compilable) {
            if (DEBUG) {
                System.err.println("spindle jit: " + p.name() + " stays interpreted: " + shape.why);
            }
            return null;
        }
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.ofClassLoading(lookup)));
        // The pure natives the code calls directly: the hidden class's data, constants to C2.
        List<Object> natives = new ArrayList<>();
        int[] unaryAt = PureCall.find(p, shape, unary, natives);
        // HotSpot never compiles a method above 8000 bytes of bytecode (DontCompileHugeMethods):
        // such a function would run in the JVM's own interpreter, far slower than Spindle's. The
        // cached locals cost code at every entry and exit, and the code after a CALL_VALUE is a
        // function's bulk when it calls closures often: try without one, then without both.
        boolean cache = CACHE_LOCALS && c1Compiles(p, shape);
        byte[] bytes = build(cf, p, shape, unaryAt, cache);
        if (cache && runLength(cf, bytes) > MAX_BYTECODE) {
            if (DEBUG) {
                System.err.println("spindle jit: " + p.name() + ": " + runLength(cf, bytes) + " bytes of bytecode, shorter next");
            }
            bytes = build(cf, p, shape, unaryAt, false);
        }
        if (runLength(cf, bytes) > MAX_BYTECODE && shape.valueCallsGoOn) {
            StackShape shorter = new StackShape(p, false);
            if (shorter.compilable) {
                int[] shorterAt = PureCall.find(p, shorter, unary, natives);
                bytes = build(cf, p, shorter, shorterAt, cache);
                if (cache && runLength(cf, bytes) > MAX_BYTECODE) {
                    bytes = build(cf, p, shorter, shorterAt, false);
                }
            }
        }
        if (runLength(cf, bytes) > MAX_BYTECODE) {
            if (DEBUG) {
                System.err.println("spindle jit: " + p.name() + " stays interpreted: too big for the JVM's compilers ("
                        + runLength(cf, bytes) + " bytes of bytecode)");
            }
            return null;
        }
        if (DEBUG) {
            System.err.println("spindle jit: compiled " + p.name() + " (" + p.code().length + " ints, "
                    + runLength(cf, bytes) + " bytes of bytecode" + (cache ? ", locals cached" : "") + ")");
        }
        if (DUMP != null) {
            dump(p, bytes);
        }
        return CodeCache.define(lookup, bytes, natives);
    }

    /** {@code -Dspindle.jit.dump=DIR} writes each compiled class to DIR (for javap and the JVM's logs' bcis). */
    private static final String DUMP = System.getProperty("spindle.jit.dump");

    private static void dump(FuncProto p, byte[] bytes) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(DUMP);
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(p.name().replaceAll("[^A-Za-z0-9_.]", "_") + ".class"), bytes);
        } catch (java.io.IOException e) {
            System.err.println("spindle jit: cannot dump " + p.name() + ": " + e.getMessage());
        }
    }

    /**
     * Whether C1 can still compile p's method with the locals cached in JVM locals. Each cached
     * local is a value at every entry (a merge of the entry switch and the code before it), and
     * C1 gives every such value that lives across a call its own stack slot; past 2,000 it
     * refuses the method ("too many stack slots used"). The method then runs in the JVM's own
     * interpreter until C2 has compiled it, and again after each of C2's deoptimisations: each
     * run of a program compiles its functions afresh, so that is paid by every run (nbody's
     * advance, 19 locals and 44 entries: 3.5 s of CPU per run cached, 2.3 s not). Measured: 14
     * locals × 23 entries compiled, 26 × 27, 19 × 44 and 29 × 58 did not.
     */
    static boolean c1Compiles(FuncProto p, StackShape shape) {
        int entries = 0;
        for (boolean e : shape.entry) {
            entries += e ? 1 : 0;
        }
        return p.numLocals() * entries <= C1_CACHED;
    }

    /** The most locals × entries with which the locals are cached (between 322, seen compiled, and 702, seen refused). */
    private static final int C1_CACHED = 400;

    /** HotSpot's HugeMethodLimit. */
    private static final int MAX_BYTECODE = 8000;
    /** {@code -Dspindle.jit.cacheLocals=false} keeps every local in the slot array (to compare). */
    static final boolean CACHE_LOCALS = !"false".equals(System.getProperty("spindle.jit.cacheLocals"));

    private static int runLength(ClassFile cf, byte[] bytes) {
        for (java.lang.classfile.MethodModel m : cf.parse(bytes).methods()) {
            if (m.methodName().equalsString("run")) {
                return m.code().map(code -> ((java.lang.classfile.attribute.CodeAttribute) code).codeLength()).orElse(0);
            }
        }
        return 0;
    }

    private static byte[] build(ClassFile cf, FuncProto p, StackShape shape, int[] unaryAt, boolean cacheLocals) {
        ClassDesc self = ClassDesc.of(VM + "Jitted");
        return cf.build(self, cb -> {
            cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_PUBLIC);
            cb.withSuperclass(COMPILED);
            cb.withMethodBody(ConstantDescs.INIT_NAME, MethodTypeDesc.of(CD_void), ClassFile.ACC_PUBLIC, c -> {
                c.aload(0);
                c.invokespecial(COMPILED, ConstantDescs.INIT_NAME, MethodTypeDesc.of(CD_void));
                c.return_();
            });
            cb.withMethodBody("run", RUN, 0, c -> new RunEmitter(p, shape, unaryAt, c, cacheLocals).emit());
        });
    }
}
