package dev.spindle.lang.types;

import dev.spindle.lang.syntax.CaseClause;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Node;
import dev.spindle.lang.syntax.Stmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the checker learned about a file, keyed by AST node identity (the syntax nodes
 * compare by identity). The compiler reads this and never re-derives a type. Filled by the
 * checker; read-only for everyone else (the maps returned are unmodifiable views).
 *
 * <p>Conventions:
 * <ul>
 * <li>{@link #types()}: every expression, including type expressions (mode TYPE) and the
 *     callee of builtin calls (mode BUILTIN). Parentheses are recorded like their content.
 *     Untyped constants carry their final type (see {@link TypeAndValue}).
 * <li>{@link #defs()}: identifiers that declare a symbol (including {@code :=} left sides that
 *     are new, parameters, named results, receivers, fields, labels, a type switch's binding
 *     maps to null: its per-clause variables are in {@link #caseVars()}). Blank {@code _}
 *     declarations map to a Var too, so the compiler can evaluate and drop.
 * <li>{@link #uses()}: identifiers that refer to a symbol (also the redeclared, non-new
 *     left sides of {@code :=}, and the {@code x} of {@code pkg.x} is in uses as the PkgName).
 * <li>{@link #implicitConversions()}: an expression whose value must be converted to the
 *     recorded interface type where it is used (assignment, argument, return, send, composite
 *     element, comparison with an interface) — the value-to-interface boxing; untyped
 *     constants need no entry (their recorded type is already the target, or the default
 *     type when the target is an interface, and then they have an entry to that interface).
 * <li>{@code nil} is recorded with the type it is assigned or converted to ({@code []int},
 *     {@code error}, ...); in a comparison ({@code x == nil}) it stays {@link Basic#UNTYPED_NIL}.
 * <li>The right side of a comma-ok assignment ({@code v, ok := m[k]}, {@code x.(T)},
 *     {@code <-ch}) is recorded with mode COMMA_OK and type {@code Tuple(T, bool)}; used as
 *     one value it has mode VALUE (MAP_INDEX for a map index) and type T.
 * <li>An elided composite literal whose element type is a pointer ({@code []*P{{1, 2}}}) is
 *     recorded with the pointer type {@code *P}: it means {@code &P{1, 2}}.
 * <li>A non-constant shift of an untyped constant ({@code 1 << n}) has the type its context
 *     gives it (int by default), like an untyped constant.
 * </ul>
 */
public final class Info {
    // Keyed by syntax nodes, which compare by identity: identity maps hold a key and its value
    // side by side in one array, where a HashMap allocates an entry object per key (a program
    // of 25,000 closures records some 200,000 of them, and every garbage collection copies them).
    final Map<Expr, TypeAndValue> types = new IdentityHashMap<>();
    final Map<Expr.Ident, Symbol> defs = new IdentityHashMap<>();
    final Map<Expr.Ident, Symbol> uses = new IdentityHashMap<>();
    final Map<Expr.Selector, Selection> selections = new IdentityHashMap<>();
    final Map<Expr.Call, CallInfo> calls = new IdentityHashMap<>();
    final Map<Expr, Type> implicitConversions = new IdentityHashMap<>();
    final Map<Node, FuncInfo> funcs = new IdentityHashMap<>();
    final Map<Stmt, List<Symbol.Var>> loopVars = new IdentityHashMap<>();
    final Map<CaseClause, Symbol.Var> caseVars = new IdentityHashMap<>();
    final Map<Stmt.Branch, Stmt> branchTargets = new IdentityHashMap<>();
    final Map<Expr, String> objectNames = new IdentityHashMap<>();
    final Map<Expr.Index, Symbol.Func> instances = new IdentityHashMap<>();
    final Map<Stmt.Range, Stmt.Block> rangeFuncs = new IdentityHashMap<>();
    final List<Initializer> initOrder = new ArrayList<>();
    final List<Node> funcOrder = new ArrayList<>();
    /** The nodes of {@link #funcOrder}, for a constant-time "already listed" (nodes hash by identity). */
    final java.util.Set<Node> funcOrdered = Collections.newSetFromMap(new IdentityHashMap<>());
    Package pkg;

    Info() {
    }

    /** Type, mode and constant value of every expression. */
    public Map<Expr, TypeAndValue> types() {
        return Collections.unmodifiableMap(types);
    }

    /** The block a range-over-func loop is checked and compiled as (see RangeFuncs), or null. */
    public Stmt.Block rangeFunc(Stmt.Range r) {
        return rangeFuncs.get(r);
    }

    /** Every range-over-func rewrite: syntax outside the file's tree. */
    public java.util.Collection<Stmt.Block> rangeFuncRewrites() {
        return Collections.unmodifiableCollection(rangeFuncs.values());
    }

    /** The generic function's instance an explicit instantiation {@code F[int]} denotes, or null. */
    public Symbol.Func instanceOf(Expr.Index ix) {
        return instances.get(ix);
    }

    /** Shortcut: the type of {@code e}, or null if unrecorded. */
    public Type typeOf(Expr e) {
        TypeAndValue tv = types.get(e);
        return tv == null ? null : tv.type();
    }

    /** Shortcut: the constant value of {@code e}, or null. */
    public Constant valueOf(Expr e) {
        TypeAndValue tv = types.get(e);
        return tv == null ? null : tv.value();
    }

    /** Identifier that declares a symbol, to that symbol. */
    public Map<Expr.Ident, Symbol> defs() {
        return Collections.unmodifiableMap(defs);
    }

    /** Identifier that refers to a symbol, to that symbol. */
    public Map<Expr.Ident, Symbol> uses() {
        return Collections.unmodifiableMap(uses);
    }

    /** The symbol an identifier declares or refers to. */
    public Symbol symbolOf(Expr.Ident id) {
        Symbol s = defs.get(id);
        return s != null ? s : uses.get(id);
    }

    /** How each {@code x.f} resolves (qualified names, fields, methods). */
    public Map<Expr.Selector, Selection> selections() {
        return Collections.unmodifiableMap(selections);
    }

    /** What each call expression is: conversion, builtin, static func, method, dynamic. */
    public Map<Expr.Call, CallInfo> calls() {
        return Collections.unmodifiableMap(calls);
    }

    /** Expressions whose value must be converted to the mapped interface type where used. */
    public Map<Expr, Type> implicitConversions() {
        return Collections.unmodifiableMap(implicitConversions);
    }

    /** Per FuncDecl and FuncLit: name, signature, parameters, results, captured variables. */
    public Map<Node, FuncInfo> funcs() {
        return Collections.unmodifiableMap(funcs);
    }

    /** Every function and function literal, in source order. */
    public List<FuncInfo> funcList() {
        return funcOrder.stream().map(funcs::get).toList();
    }

    /**
     * Variables declared by a {@code for} init ({@code i := 0}) or a {@code range} with
     * {@code :=}. Go 1.22: each iteration has its own copy; the compiler must make a fresh
     * variable per iteration when one of them is {@link Symbol.Var#captured()}.
     */
    public Map<Stmt, List<Symbol.Var>> loopVars() {
        return Collections.unmodifiableMap(loopVars);
    }

    /** The variable a type switch binding ({@code v := x.(type)}) declares in each clause. */
    public Map<CaseClause, Symbol.Var> caseVars() {
        return Collections.unmodifiableMap(caseVars);
    }

    /** Target of each break/continue: the For, Range, Switch, TypeSwitch or Select statement. */
    public Map<Stmt.Branch, Stmt> branchTargets() {
        return Collections.unmodifiableMap(branchTargets);
    }

    /**
     * Names for runtime objects, for the UI ("chan jobs", "mutex mu"): a {@code make(chan ...)}
     * call, {@code new(T)} or {@code &T{}} mapped to the variable or field it is assigned to.
     * (Variables of type sync.WaitGroup/Mutex declared with {@code var wg sync.WaitGroup} are
     * named by their Var.)
     */
    public Map<Expr, String> objectNames() {
        return Collections.unmodifiableMap(objectNames);
    }

    /** Package-level variable initialisations in Go's dependency order. */
    public List<Initializer> initOrder() {
        return Collections.unmodifiableList(initOrder);
    }

    /** The checked package ({@code main}) and its scope. */
    public Package pkg() {
        return pkg;
    }
}
