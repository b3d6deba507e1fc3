package dev.spindle.lang.compile;

/**
 * One compiled function: its code, constant pools, frame layout and line table. Protos are
 * created before their bodies are compiled (so that calls, including recursive ones, can
 * refer to them) and {@link #finish finished} once; after that they are immutable and shared
 * by every goroutine and every closure made from them.
 */
public final class FuncProto {
    /** The name, or null until someone reads it (a deep literal's name is long: see FuncName). */
    private String name;
    private final String prefix;
    private final dev.spindle.lang.types.FuncName lazyName;
    private final int[] paramKinds;
    private final int[] resultKinds;
    private int[] code = new int[0];
    private Object[] consts = new Object[0];
    private long[] longs = new long[0];
    private int numLocals;
    private int maxStack;
    private LineTable lines = LineTable.EMPTY;
    private String[] freeNames = new String[0];
    private boolean hasDefer;
    private int[] localKinds = new int[0];
    private int deferReturnPc = -1;
    /** For a Go-written library function: its file as tracebacks print it; null for the program's own. */
    private String sourceFile;

    /**
     * @param name the name as Go prints it in tracebacks ({@code main.worker}, {@code main.main.func1}, {@code main.(*T).M})
     * @param paramKinds the {@link Kind} of each parameter (receiver first for methods)
     * @param resultKinds the {@link Kind} of each result
     */
    public FuncProto(String name, int[] paramKinds, int[] resultKinds) {
        this.name = name;
        this.prefix = "";
        this.lazyName = null;
        this.paramKinds = paramKinds;
        this.resultKinds = resultKinds;
    }

    /** A proto named {@code prefix + name}, spelled out when first read. */
    FuncProto(String prefix, dev.spindle.lang.types.FuncName name, int[] paramKinds, int[] resultKinds) {
        this.prefix = prefix;
        this.lazyName = name;
        this.paramKinds = paramKinds;
        this.resultKinds = resultKinds;
    }

    /** Installs the compiled body. Called once by the compiler. */
    public void finish(int[] code, Object[] consts, long[] longs, int numLocals, int maxStack, LineTable lines,
                       String[] freeNames, boolean hasDefer, int[] localKinds) {
        this.code = code;
        this.consts = consts;
        this.longs = longs;
        this.numLocals = numLocals;
        this.maxStack = maxStack;
        this.lines = lines;
        this.freeNames = freeNames;
        this.hasDefer = hasDefer;
        this.localKinds = localKinds;
    }

    public String name() {
        String n = name;
        if (n == null) {
            // A benign race: every thread computes the same string.
            n = prefix + lazyName;
            name = n;
        }
        return n;
    }
    public int numParams() { return paramKinds.length; }
    public int[] paramKinds() { return paramKinds; }
    public int numResults() { return resultKinds.length; }
    public int[] resultKinds() { return resultKinds; }
    public int[] code() { return code; }
    public Object[] consts() { return consts; }
    public long[] longs() { return longs; }
    /** Slots for parameters and locals (parameters first). */
    public int numLocals() { return numLocals; }
    /** Upper bound of operand-stack slots above the locals. */
    public int maxStack() { return maxStack; }
    public LineTable lines() { return lines; }
    /** Names of the captured variables, for the disassembler. */
    public String[] freeNames() { return freeNames; }
    /** Whether the body contains defer (its returns go through RUN_DEFERS). */
    public boolean hasDefer() { return hasDefer; }
    /** Where a function with defer resumes after a recovered panic: its RUN_DEFERS epilogue. */
    public int deferReturnPc() { return deferReturnPc; }

    /** Set by the compiler for functions with defer. */
    public void setDeferReturnPc(int pc) { this.deferReturnPc = pc; }

    /** A library function's file ({@code /usr/local/go/src/context/context.go}), or null for the program's own. */
    public String sourceFile() { return sourceFile; }

    /** Set by the compiler for the functions of a Go-written library package. */
    public void setSourceFile(String file) { this.sourceFile = file; }

    /** The kind of each local slot (for zero-initialization and debuggers). */
    public int[] localKinds() { return localKinds; }

    /**
     * The VM's compiled form of this function ({@code dev.spindle.vm.jit}), or null while it is
     * interpreted. Written once by the VM (a benign race: any thread may compile, every result
     * behaves the same); the compiler never reads it.
     */
    public Object jitCode;
    /** How often the VM entered or resumed this function while it was interpreted (racy; a hint). */
    public int jitHeat;

    @Override
    public String toString() {
        return name();
    }
}
