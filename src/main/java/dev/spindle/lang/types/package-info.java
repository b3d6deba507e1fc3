/**
 * The type checker of Spindle's Go: what every name means and what type every expression has.
 *
 * <p>The front end is a pipeline (syntax, types, compile), and this package is its middle. It
 * takes the parser's AST of one {@code package main} file and either rejects it with Go's own
 * messages ({@code prog.go:8:9: cannot use name (variable of type string) as int value in
 * assignment}) or hands the compiler an {@link dev.spindle.lang.types.Info}: the type and
 * constant value of every expression, the {@link dev.spindle.lang.types.Symbol} behind every
 * identifier, how every selector resolves through embedded fields, and the implicit
 * conversions the compiler must emit. The compiler never re-derives a type.
 *
 * <p>The model follows go/types (and types2, the compiler's variant, whose error wording we
 * copy): a sealed {@link dev.spindle.lang.types.Type} hierarchy whose identity is Java
 * equality (structural, but by reference for {@link dev.spindle.lang.types.Named} types), so
 * the vm can use the same objects as runtime type descriptors in interface values and map
 * keys; exact constants ({@link dev.spindle.lang.types.Constant}: big integers and rationals)
 * that meet their type only at the end; and scopes of symbols from the universe down to blocks.
 *
 * <p>The standard library is not a Java table: each supported package is a Go file of
 * declarations without bodies in {@code resources/dev/spindle/lang/types/stdlib}, checked by
 * this same checker, a package at a time when a program first reaches it (hello world checks
 * fmt and io, not all twenty; see {@link dev.spindle.lang.types.Library}). A library function is then an ordinary {@code Symbol.Func} whose
 * {@code isNative()} is true and whose {@code qualifiedName()} ("strings.ToUpper",
 * "time.Duration.String") names its Java implementation. We chose stubs over a table because
 * the stubs are Go that anyone can read against pkg.go.dev, and because constants such as
 * {@code time.Hour} and {@code math.MaxInt} are then computed by the constant evaluator
 * rather than transcribed.
 *
 * <p>Generic functions and types ({@link dev.spindle.lang.types.Generics}) are checked per
 * instantiation, on a copy of the declaration with the type parameters bound (see
 * {@code lang.compile}'s essay for why Spindle monomorphises); inference and constraint
 * satisfaction follow types2 and word their errors as it does. Range-over-func loops are
 * checked as the closure call they mean ({@link dev.spindle.lang.types.RangeFuncs}).
 *
 * <p>What is not Go is refused by name ("complex numbers are not supported by spindle"): the
 * checker never throws at the user, and never lets an unsupported construct through silently.
 */
package dev.spindle.lang.types;
