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
 * <p>Rejected: a register machine (faster, but the two-halved stack keeps the compiler small
 * and the goroutine state trivially resumable); boxing every value (simple, but an order of
 * magnitude slower on integer code).
 */
package dev.spindle.lang.compile;
