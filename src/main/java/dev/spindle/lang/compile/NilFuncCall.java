package dev.spindle.lang.compile;

/**
 * The body Go 1.25's {@code sync.WaitGroup.Go} runs on the new goroutine, for a nil f:
 * Go's Go is {@code wg.Add(1); go func() { defer wg.Done(); f() }()}, so {@code wg.Go(nil)}
 * returns normally and the new goroutine dies calling nil (the caller cannot recover it). The
 * engine starts this proto on that goroutine; its one call panics as any nil call does, and
 * the traceback names Go 1.25's line of {@code f()} in waitgroup.go (239, as Go 1.25.5's
 * tracebacks print it). Go 1.26 recovers and re-panics there instead, which prints
 * {@code [recovered, repanicked]}; Go 1.25 prints the plain panic line, as this does.
 */
public final class NilFuncCall {
    /** {@code NIL; CALL_VALUE 0 0; RETURN 0}, named as Go's traceback names the literal. */
    public static final FuncProto PROTO = build();

    /** The literal Go 1.25's WaitGroup.Go starts, as its tracebacks name it. */
    public static final String FUNC1 = "sync.(*WaitGroup).Go.func1";
    /** Go's source file of WaitGroup.Go, as its tracebacks print it. */
    public static final String FILE = "/usr/local/go/src/sync/waitgroup.go";
    /** The line of {@code f()} in Go 1.25's src/sync/waitgroup.go. */
    public static final int F_CALL_LINE = 239;
    /** The line of {@code go func() {…}()} there: where Go says the goroutine was created. */
    public static final int GO_LINE = 237;

    private NilFuncCall() {
    }

    private static FuncProto build() {
        FuncProto p = new FuncProto(FUNC1, new int[0], new int[0]);
        p.finish(new int[] {Op.NIL, Op.CALL_VALUE, 0, 0, Op.RETURN, 0}, new Object[0], new long[0], 0, 2,
                new LineTable(new int[] {0}, new int[] {F_CALL_LINE}, new int[] {3}), new String[0], false, new int[0]);
        p.setSourceFile(FILE); // a library frame, as Go's traceback has it
        return p;
    }
}
