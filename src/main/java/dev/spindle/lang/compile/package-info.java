/**
 * The compiler: from the checker's AST and {@link dev.spindle.lang.types.Info} to bytecode.
 *
 * <p>The machine is a stack machine whose slots have two halves, a {@code long} for the
 * scalars (every integer kind, bool, float64 as raw bits) and an {@code Object} for
 * everything else, so that arithmetic never boxes; {@link dev.spindle.lang.compile.Opcode}
 * documents every instruction with its stack picture, starlark style. The compiler trusts the
 * checker completely: every type, conversion, selection and call kind comes from Info, and
 * the compiler only decides representation — which {@link dev.spindle.lang.compile.Kind} a
 * value has, which variables escape into boxes ({@code Escapes}), where aggregates must be
 * copied (value semantics) and which library calls are runtime operations handed to the
 * scheduler ({@code HostCalls}) rather than natives run inline.
 *
 * <p>Each {@link dev.spindle.lang.compile.FuncProto} carries a line table for tracebacks and
 * for the UI's per-goroutine line markers, and its name as Go prints it. Functions with
 * {@code defer} return through an epilogue ({@code RUN_DEFERS; RETURN_LOCALS}) which is
 * also where a recovered panic resumes. Go 1.22 loop variables that escape get a fresh box
 * per iteration. A few superinstructions (fused compare-and-branch on int locals, local
 * increments) keep the hottest loops short.
 *
 * <p><b>Generics are monomorphised.</b> Every distinct instantiation ({@code Map[int,string]},
 * {@code Stack[int]}, {@code slices.Sort[[]string,string]}) is a function or type of its own:
 * the checker checks a fresh copy of the generic declaration with the type parameters bound to
 * the type arguments ({@code types.Generics}), and this compiler compiles the copy like any
 * other function, never knowing it was generic. We chose this over sharing code by shape (Go's
 * GC shapes with dictionaries) because the compiler's whole design is that every value's
 * {@link dev.spindle.lang.compile.Kind} and layout is known at compile time: {@code s += x}
 * on a {@code T} must become an int add, a float add or a string concatenation, a {@code T}
 * local must be a scalar slot or a reference slot, {@code x == y} must pick its comparison.
 * With shapes, every such operation on a type parameter would need a dictionary lookup at run
 * time (or a boxed slow path), the one implementation of each operation would fork into a
 * typed and a dictionary-driven variant, and tracebacks and the UI's line markers would gain a
 * hidden dictionary argument. The cost of monomorphising, more code per instantiation, is
 * irrelevant at the size of lesson programs, and a runaway instantiation
 * ({@code F[T]} calling {@code F[[]T]}) is stopped by the checker. Instances print as Go
 * prints them: {@code main.Map[...]}, {@code main.(*Stack[...]).Push} in tracebacks,
 * {@code main.Stack[int]} for {@code %T}. The same machinery gives the library its generic
 * packages (slices, maps, cmp, sync.OnceValue, errors.AsType): they are Go source in the
 * stubs, instantiated into the program.
 *
 * <p>Range-over-func loops arrive here already rewritten by the checker into a call of the
 * iterator with the loop body as its yield closure ({@code types.RangeFuncs}); the compiler
 * compiles the rewrite in place of the loop.
 *
 * <p>Rejected: a register machine (faster, but the two-halved stack keeps the compiler small
 * and the goroutine state trivially resumable); boxing every value (simple, but an order of
 * magnitude slower on integer code).
 */
package dev.spindle.lang.compile;
