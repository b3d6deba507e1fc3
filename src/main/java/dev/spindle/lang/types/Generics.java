package dev.spindle.lang.types;

import dev.spindle.lang.syntax.AstCopy;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Field;
import dev.spindle.lang.syntax.Pos;
import dev.spindle.lang.syntax.Spec;
import dev.spindle.lang.syntax.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generic functions and types: their declaration, instantiation and the inference of type
 * arguments at calls.
 *
 * <p>A generic declaration is checked once for its signature (or its type parameters'
 * constraints), with each type parameter as a {@link Named} type flagged as such; that
 * signature is what inference unifies the arguments against. Its body is not checked in
 * the abstract: every distinct instantiation ({@code Map[int,string]}, {@code Stack[int]})
 * checks a fresh copy of the declaration ({@link AstCopy}) with the type parameters bound to
 * the type arguments, and the copy becomes an ordinary function, method or defined type that
 * the compiler compiles like any other (monomorphisation; the reasons are in
 * {@code lang.compile}'s package essay). Bodies of instances are checked after the ordinary
 * bodies, from a queue, because an instantiation can be met in the middle of another body.
 *
 * <p>Constraint satisfaction and inference follow types2 (instantiate.go, infer.go) and
 * word their errors as it does: {@code string does not satisfy Number (string missing in
 * ~int | ~float64)}, {@code T (type string) does not satisfy ~int}, {@code in call to F,
 * cannot infer T}.
 */
final class Generics {

    /** Instances beyond this many mean a runaway recursive instantiation. */
    private static final int MAX_INSTANCES = 2000;

    /** A generic function or type as declared. */
    static final class Decl {
        final String pkgPath;
        final String name;
        /** The declaring package's file scope: instances resolve their names there. */
        final Scope scope;
        final List<Named> tparams = new ArrayList<>();
        final List<Pos> tparamPos = new ArrayList<>();
        /** Each type parameter's constraint as written (for messages). */
        final List<Type> written = new ArrayList<>();
        final dev.spindle.lang.syntax.Decl.FuncDecl func;
        final Spec.TypeSpec type;
        /** Methods declared on a generic type, instantiated with each instance. */
        final List<dev.spindle.lang.syntax.Decl.FuncDecl> methods = new ArrayList<>();

        Decl(String pkgPath, String name, Scope scope, dev.spindle.lang.syntax.Decl.FuncDecl func, Spec.TypeSpec type) {
            this.pkgPath = pkgPath;
            this.name = name;
            this.scope = scope;
            this.func = func;
            this.type = type;
        }

        /** {@code Stack[T any]} as types2 prints a generic type. */
        String describe(String localPkg) {
            StringBuilder sb = new StringBuilder(name).append('[');
            for (int i = 0; i < tparams.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(tparams.get(i).name()).append(' ')
                        .append(TypeString.relativeTo(written.get(i), localPkg));
            }
            return sb.append(']').toString();
        }
    }

    /** An instance body waiting to be checked. */
    private record Job(dev.spindle.lang.syntax.Decl.FuncDecl decl, TypeExprs.Sig sig, Symbol.Func sym,
                       Expr.Ident recvId, Type recvType, Scope scope, String name) {
    }

    private record Key(Decl decl, List<Type> args, String method) {
    }

    private final Checker c;
    private final Map<Key, Symbol.Func> funcs = new HashMap<>();
    private final Map<Key, Named> types = new HashMap<>();
    private final Map<Decl, List<Named>> typeInstances = new LinkedHashMap<>();
    private final Deque<Job> queue = new ArrayDeque<>();
    /** Partial explicit instantiations ({@code F[int]} of {@code F[K, V any]}) awaiting the call. */
    private final Map<Expr.Index, List<Type>> partial = new HashMap<>();
    private int instances;
    private boolean tooMany;
    /** The callee of the call being checked: a generic function may appear there uninstantiated. */
    Expr callee;

    Generics(Checker c) {
        this.c = c;
    }

    // ---- declarations ----

    /** Declares the type parameters in the current scope and resolves their constraints. */
    private void typeParams(Decl g, List<Field> fields) {
        for (Field f : fields) {
            for (Expr.Ident id : f.names()) {
                Named tp = new Named(c.pkgPath, id.name(), null);
                tp.setTypeParamBound(Interface.empty());
                g.tparams.add(tp);
                g.tparamPos.add(id.pos());
                Symbol.TypeName tn = new Symbol.TypeName(id.name(), tp, c.pkgPath, id.pos().line(), id.pos().col());
                c.declare(c.scope, id, tn);
                c.recordType(id, tp);
            }
        }
        int k = 0;
        for (Field f : fields) {
            Type written = constraint(f.type());
            for (int i = 0; i < f.names().size(); i++) {
                Named tp = g.tparams.get(k++);
                g.written.add(written);
                tp.setTypeParamBound(boundOf(written));
                tp.setUnderlying(tp.typeParamBound());
            }
        }
    }

    /** The constraint as written: a union becomes an implicit interface, as in {@code [T ~int | ~string]}. */
    Type constraint(Expr e) {
        Expr u = Exprs.unparen(e);
        if (u instanceof Expr.Unary || u instanceof Expr.Binary) {
            return Interface.withTerms(List.of(), List.of(), terms(u), true);
        }
        Type t = c.typeExprs.constraint(e);
        if (t == Universe.COMPARABLE || t.underlying() instanceof Interface || Types.isInvalid(t)) {
            return t;
        }
        return Interface.withTerms(List.of(), List.of(), List.of(new Interface.Term(false, t)), true);
    }

    /** The terms of a union {@code ~int | string | ...}. */
    List<Interface.Term> terms(Expr e) {
        List<Interface.Term> out = new ArrayList<>();
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(e);
        while (!todo.isEmpty()) {
            Expr x = Exprs.unparen(todo.pop());
            if (x instanceof Expr.Binary b && b.op() == Token.OR) {
                todo.push(b.y());
                todo.push(b.x());
            } else if (x instanceof Expr.Unary un && un.op() == Token.TILDE) {
                Type t = c.typeExprs.constraint(un.x());
                if (!Types.isInvalid(t) && !t.equals(t.underlying())) {
                    c.error(un.pos(), "invalid use of ~ (underlying type of " + c.ts(t) + " is " + c.ts(t.underlying()) + ")");
                }
                out.add(new Interface.Term(true, t));
            } else {
                out.add(new Interface.Term(false, c.typeExprs.constraint(x)));
            }
        }
        return out;
    }

    static Interface boundOf(Type written) {
        if (written == Universe.COMPARABLE) {
            return new Interface(List.of(), List.of(Universe.COMPARABLE));
        }
        return written.underlying() instanceof Interface i ? i : Interface.empty();
    }

    /** A generic function: its type parameters and generic signature; its body waits for instances. */
    void declareFunc(Symbol.Func sym, dev.spindle.lang.syntax.Decl.FuncDecl fd) {
        Decl g = new Decl(c.pkgPath, fd.name().name(), c.fileScope, fd, null);
        Scope saved = c.scope;
        c.scope = new Scope(c.fileScope, Scope.Kind.FUNC);
        try {
            typeParams(g, fd.typeParams());
            TypeExprs.Sig sig = c.typeExprs.signature(fd.type());
            sym.setSignature(sig.sig());
            sym.setNames(Decls.names(sig.params()), Decls.names(sig.results()));
        } finally {
            c.scope = saved;
        }
        sym.setGeneric(g);
        if (!c.library) {
            declared.add(g);
        }
        if (fd.body() == null && !c.library) {
            c.error(fd.name().pos(), "missing function body");
        }
    }

    /** A generic type: its constraints are checked now, its underlying type per instance. */
    void declareType(Symbol.TypeName tn, Spec.TypeSpec ts) {
        // A local generic type (declared in a function) resolves its names where it is declared.
        Scope home = c.pkgScope.lookupLocal(tn.name()) == tn ? c.fileScope : c.scope;
        Decl g = new Decl(c.pkgPath, ts.name().name(), home, null, ts);
        tn.setGeneric(g);
        if (!c.library) {
            declared.add(g);
        }
        Scope saved = c.scope;
        c.scope = new Scope(home, Scope.Kind.FUNC);
        try {
            typeParams(g, ts.typeParams());
        } finally {
            c.scope = saved;
        }
        if (tn.type() instanceof Named n) {
            n.setUnderlying(Basic.INVALID);
        }
    }

    /** A method of a generic type ({@code func (s *Stack[T]) Push(v T)}): instantiated with each instance. */
    void declareMethod(dev.spindle.lang.syntax.Decl.FuncDecl fd, Expr.Index rt) {
        Expr base = Exprs.unparen(rt.x());
        Symbol s = base instanceof Expr.Ident id ? c.pkgScope.lookupLocal(id.name()) : null;
        if (!(s instanceof Symbol.TypeName tn) || tn.generic() == null) {
            c.error(base.pos(), base instanceof Expr.Ident id && s == null ? "undefined: " + id.name()
                    : dev.spindle.lang.syntax.ExprString.of(base) + " is not a generic type");
            return;
        }
        Decl g = tn.generic();
        if (rt.indices().size() != g.tparams.size()) {
            c.error(rt.pos(), "receiver declares " + rt.indices().size() + " type parameters, but receiver base type declares "
                    + g.tparams.size());
            return;
        }
        g.methods.add(fd);
        for (Named inst : List.copyOf(typeInstances.getOrDefault(g, List.of()))) {
            instantiateMethod(g, inst, fd);
        }
    }

    // ---- references ----

    /** The generic declaration {@code e} names (an identifier or a qualified identifier), or null. */
    Decl genericOf(Expr e) {
        return switch (genericSymbol(e)) {
            case Symbol.Func f -> f.generic();
            case Symbol.TypeName tn -> tn.generic();
            case null, default -> null;
        };
    }

    private Symbol genericSymbol(Expr e) {
        Expr u = Exprs.unparen(e);
        Symbol s = null;
        if (u instanceof Expr.Ident id) {
            s = c.scope.lookup(id.name());
        } else if (u instanceof Expr.Selector sel && sel.x() instanceof Expr.Ident pid
                && c.scope.lookup(pid.name()) instanceof Symbol.PkgName pn) {
            s = pn.pkg().member(sel.sel().name());
        }
        if (s instanceof Symbol.TypeName || s instanceof Symbol.Func) {
            c.decls.resolve(s); // declared later in the file: resolve it now, as a use would
        }
        return s;
    }

    /** {@code Stack[int]} or {@code iter.Seq[int]} in a type context. */
    Type typeInstance(Expr.Index ix) {
        Decl g = genericOf(ix.x());
        if (g == null || g.type == null) {
            c.typeExprs.typ(ix.x());
            return Basic.INVALID;
        }
        markUsed(ix.x());
        List<Type> args = new ArrayList<>();
        for (Expr a : ix.indices()) {
            args.add(c.typeExprs.typ(a));
        }
        if (args.stream().anyMatch(Types::isInvalid)) {
            return Basic.INVALID;
        }
        if (args.size() != g.tparams.size()) {
            c.error(ix.pos(), (args.size() < g.tparams.size() ? "not enough" : "too many") + " type arguments for type "
                    + g.name + ": have " + args.size() + ", want " + g.tparams.size());
            return Basic.INVALID;
        }
        if (!verify(g, args, ix.indices())) {
            return Basic.INVALID;
        }
        return instantiateType(g, args);
    }

    /** Records the uses in a generic's name, as a plain identifier or qualified one would be. */
    private void markUsed(Expr e) {
        Expr u = Exprs.unparen(e);
        if (u instanceof Expr.Ident id) {
            Symbol s = c.scope.lookup(id.name());
            c.info.uses.put(id, s);
        } else if (u instanceof Expr.Selector sel && sel.x() instanceof Expr.Ident pid
                && c.scope.lookup(pid.name()) instanceof Symbol.PkgName pn) {
            pn.markUsed();
            c.info.uses.put(pid, pn);
            Symbol m = pn.pkg().member(sel.sel().name());
            c.info.uses.put(sel.sel(), m);
            c.info.selections.put(sel, new Selection(Selection.Kind.QUALIFIED, List.of(), false,
                    Selection.RecvAdjust.NONE, null, null, null, m, m.type()));
        }
    }

    /** {@code F[int]} as an expression: a full instantiation is a function value; a partial one must be called. */
    Operand index(Expr.Index ix) {
        Decl g = genericOf(ix.x());
        if (g.type != null) {
            return new Operand(Operand.Mode.TYPE, ix, c.typeExprs.typ(ix), null);
        }
        Expr saved = callee;
        callee = Exprs.unparen(ix.x());
        c.exprs.exprOrType(ix.x());
        callee = saved;
        List<Type> args = new ArrayList<>();
        for (Expr a : ix.indices()) {
            args.add(c.typeExprs.typ(a));
        }
        if (args.stream().anyMatch(Types::isInvalid)) {
            return Operand.invalid(ix);
        }
        if (args.size() > g.tparams.size()) {
            c.error(ix.indices().get(g.tparams.size()).pos(), "got " + args.size() + " type arguments but "
                    + g.name + " has " + g.tparams.size() + " type parameters");
            return Operand.invalid(ix);
        }
        if (args.size() < g.tparams.size()) {
            if (callee != ix) {
                c.error(ix.pos(), "in call to " + dev.spindle.lang.syntax.ExprString.of(ix.x()) + ", cannot infer "
                        + g.tparams.get(args.size()).name());
                return Operand.invalid(ix);
            }
            partial.put(ix, args);
            return new Operand(Operand.Mode.VALUE, ix, genericSig(ix.x()), null);
        }
        if (!verify(g, args, ix.indices())) {
            return Operand.invalid(ix);
        }
        Symbol.Func f = instantiateFunc(g, args);
        c.info.instances.put(ix, f);
        return new Operand(Operand.Mode.VALUE, ix, f.type(), null);
    }

    private Signature genericSig(Expr fun) {
        return ((Symbol.Func) genericSymbol(fun)).type();
    }

    // ---- calls ----

    /** True when {@code call} calls a generic function that still needs (some) type arguments. */
    boolean needsInference(Expr.Call call) {
        Expr fun = Exprs.unparen(call.fun());
        if (fun instanceof Expr.Index ix) {
            return partial.containsKey(ix);
        }
        Decl g = genericOf(fun);
        return g != null && g.func != null;
    }

    /** A call of a generic function: infers the type arguments, instantiates, then checks as usual. */
    Operand call(Expr.Call call, List<Operand> args, boolean tupleSpread) {
        Expr fun = Exprs.unparen(call.fun());
        List<Type> explicit = List.of();
        List<Expr> explicitExprs = List.of();
        Expr nameExpr = fun;
        if (fun instanceof Expr.Index ix) {
            explicit = partial.get(ix);
            explicitExprs = ix.indices();
            nameExpr = Exprs.unparen(ix.x());
        }
        Decl g = genericOf(nameExpr);
        Signature sig = genericSig(nameExpr);
        String fname = dev.spindle.lang.syntax.ExprString.of(nameExpr);
        Map<Named, Type> bound = new LinkedHashMap<>();
        for (int i = 0; i < explicit.size(); i++) {
            bound.put(g.tparams.get(i), explicit.get(i));
        }
        // 1. typed arguments against their parameters
        int npars = sig.params().size();
        List<Integer> untyped = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Type pt = paramAt(sig, i, call.hasEllipsis());
            if (pt == null) {
                break;
            }
            Operand a = args.get(i);
            if (a.invalid()) {
                return Operand.invalid(call);
            }
            if (a.type instanceof Basic b && b.isUntyped()) {
                if (!a.isNil() && pt instanceof Named tp && g.tparams.contains(tp)) {
                    untyped.add(i);
                }
                continue;
            }
            if (!containsTypeParam(pt)) {
                continue;
            }
            Map<Named, Type> before = new LinkedHashMap<>(bound);
            if (!unify(pt, a.type, g, bound)) {
                mismatch(fname, g, pt, a, before);
                return Operand.invalid(call);
            }
        }
        // 2. core types and methods of the constraints
        if (!coreTypes(g, bound, call.lparen(), fname)) {
            return Operand.invalid(call);
        }
        // 3. untyped constants: the default type of the "largest" kind among them
        Map<Named, Type> defaults = new LinkedHashMap<>();
        for (int i : untyped) {
            if (paramAt(sig, i, call.hasEllipsis()) instanceof Named tp && g.tparams.contains(tp) && !bound.containsKey(tp)) {
                Type d = Types.defaultType(args.get(i).type);
                Type old = defaults.get(tp);
                if (old == null || rank(d) > rank(old)) {
                    defaults.put(tp, d);
                }
            }
        }
        bound.putAll(defaults);
        for (int i = 0; i < g.tparams.size(); i++) {
            Named tp = g.tparams.get(i);
            if (!bound.containsKey(tp)) {
                c.error(call.lparen(), "in call to " + fname + ", cannot infer " + tp.name() + " (declared at prog.go:"
                        + g.tparamPos.get(i) + ")");
                return Operand.invalid(call);
            }
        }
        List<Type> targs = new ArrayList<>();
        for (Named tp : g.tparams) {
            targs.add(subst(bound.get(tp), bound, 0));
        }
        if (!verifyAt(g, targs, explicitExprs, call.lparen())) {
            return Operand.invalid(call);
        }
        Symbol.Func f = instantiateFunc(g, targs);
        if (nameExpr instanceof Expr.Ident id) {
            c.info.uses.put(id, f);
        } else if (nameExpr instanceof Expr.Selector sel) {
            c.info.uses.put(sel.sel(), f);
            c.info.selections.put(sel, new Selection(Selection.Kind.QUALIFIED, List.of(), false,
                    Selection.RecvAdjust.NONE, null, null, null, f, f.type()));
        }
        c.info.types.put(nameExpr, new TypeAndValue(TypeAndValue.Mode.VALUE, f.type(), null));
        if (fun instanceof Expr.Index ix) {
            c.info.instances.put(ix, f);
            c.info.types.put(ix, new TypeAndValue(TypeAndValue.Mode.VALUE, f.type(), null));
        }
        if (call.fun() != fun) {
            c.info.types.put(call.fun(), new TypeAndValue(TypeAndValue.Mode.VALUE, f.type(), null));
        }
        Signature isig = f.type();
        c.calls.arguments(call, isig, args, fname);
        c.info.calls.put(call, new CallInfo(CallInfo.Kind.FUNC, isig, f, null, null,
                isig.variadic() && !call.hasEllipsis(), call.hasEllipsis(), tupleSpread));
        if (isig.results().isEmpty()) {
            return new Operand(Operand.Mode.NO_VALUE, call, Tuple.EMPTY, null);
        }
        return new Operand(Operand.Mode.VALUE, call, isig.resultType(), null);
    }

    /** infer.go's errorf: a typed argument whose type does not match its parameter's. */
    private void mismatch(String fname, Decl g, Type pt, Operand a, Map<Named, Type> inferred) {
        String arg = dev.spindle.lang.syntax.ExprString.of(a.expr);
        String msg;
        Type sub = subst(pt, inferred, 0);
        if (inferred.isEmpty()) {
            List<String> names = g.tparams.stream().map(Named::name).toList();
            String list = names.size() == 1 ? names.getFirst() : names.size() == 2 ? names.get(0) + " and " + names.get(1)
                    : String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.getLast();
            msg = "type " + c.ts(a.type) + " of " + arg + " does not match " + c.ts(pt) + " (cannot infer " + list + ")";
        } else if (!sub.equals(pt)) {
            msg = "type " + c.ts(a.type) + " of " + arg + " does not match inferred type " + c.ts(sub) + " for " + c.ts(pt);
        } else {
            msg = "type " + c.ts(a.type) + " of " + arg + " does not match " + c.ts(pt);
        }
        c.error(a.expr.pos(), "in call to " + fname + ", " + msg);
    }

    private static int rank(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case INT -> 1;
                case INT32 -> 2;
                case FLOAT64 -> 3;
                default -> 0;
            };
        }
        return 0;
    }

    private static Type paramAt(Signature sig, int i, boolean ddd) {
        int n = sig.params().size();
        if (sig.variadic() && i >= n - 1) {
            Type last = sig.params().get(n - 1);
            return ddd ? last : last instanceof Slice s ? s.elem() : null;
        }
        return i < n ? sig.params().get(i) : null;
    }

    /** types2's second inference step: unify bound type parameters with their constraints' core types. */
    private boolean coreTypes(Decl g, Map<Named, Type> bound, Pos pos, String fname) {
        for (int round = 0; round < 4; round++) {
            boolean changed = false;
            for (int i = 0; i < g.tparams.size(); i++) {
                Named tp = g.tparams.get(i);
                List<Interface.Term> ts = tp.typeParamBound().terms();
                Type known = bound.get(tp);
                if (known != null && !containsTypeParam(known) && !tp.typeParamBound().allMethods().isEmpty()) {
                    Interface want = new Interface(tp.typeParamBound().allMethods(), List.of());
                    if (!MethodSets.implementsIface(known, want)) {
                        c.error(pos, "in call to " + fname + ", " + tp.name() + " (type " + c.ts(known) + ") does not satisfy "
                                + c.ts(g.written.get(i)) + " " + MethodSets.missingMethodReason(known, want, c.pkgPath));
                        return false;
                    }
                }
                Interface.Term core = core(ts);
                if (core == null) {
                    continue;
                }
                Type tx = bound.get(tp);
                int before = bound.size();
                if (tx != null) {
                    if (!unify(core.type(), tx.underlying(), g, bound)
                            || (!core.tilde() && ts.size() == 1 && tx instanceof Named && !tx.equals(core.type()))) {
                        c.error(pos, "in call to " + fname + ", " + tp.name() + " (type " + c.ts(tx) + ") does not satisfy "
                                + c.ts(g.written.get(i)));
                        return false;
                    }
                } else if (ts.size() == 1 && !core.tilde()) {
                    bound.put(tp, core.type());
                }
                changed |= bound.size() != before;
            }
            if (!changed) {
                break;
            }
        }
        return true;
    }

    /** The single term of a type set, or a common underlying type (with a tilde if any term has one). */
    private static Interface.Term core(List<Interface.Term> ts) {
        if (ts == null || ts.isEmpty()) {
            return null;
        }
        if (ts.size() == 1) {
            return ts.getFirst();
        }
        Type u = ts.getFirst().type().underlying();
        boolean tilde = false;
        for (Interface.Term t : ts) {
            if (!t.type().underlying().equals(u)) {
                return null;
            }
            tilde |= t.tilde();
        }
        return new Interface.Term(tilde, u);
    }

    /** Structural unification of parameter type p with argument type a; binds g's type parameters. */
    private boolean unify(Type p, Type a, Decl g, Map<Named, Type> bound) {
        return unify(p, a, g, bound, 0);
    }

    private boolean unify(Type p, Type a, Decl g, Map<Named, Type> bound, int depth) {
        if (depth > 64) {
            return false;
        }
        if (p instanceof Named tp && g.tparams.contains(tp)) {
            Type old = bound.get(tp);
            if (old == null) {
                bound.put(tp, a);
                return true;
            }
            if (old.equals(a)) {
                return true;
            }
            // inexact: a defined type and a type literal with the same underlying type unify
            if (old instanceof Named && !(a instanceof Named) && old.underlying().equals(a)) {
                return true;
            }
            if (a instanceof Named && !(old instanceof Named) && a.underlying().equals(old)) {
                bound.put(tp, a);
                return true;
            }
            return unify(old, a, g, bound, depth + 1);
        }
        if (p instanceof Named pn) {
            if (a instanceof Named an && pn.origin() != null && pn.origin() == an.origin()) {
                for (int i = 0; i < pn.typeArgs().size() && i < an.typeArgs().size(); i++) {
                    if (!unify(pn.typeArgs().get(i), an.typeArgs().get(i), g, bound, depth + 1)) {
                        return false;
                    }
                }
                return true;
            }
            if (!containsTypeParam(pn)) {
                return pn.equals(a) || (!(a instanceof Named) && pn.underlying().equals(a));
            }
            // an open instance such as iter.Seq[E] against a literal func type
            return !(a instanceof Named) && unify(pn.underlying(), a, g, bound, depth + 1);
        }
        if (a instanceof Named an && !(p instanceof Interface)) {
            a = an.underlying(); // inexact: a type literal matches a defined type's underlying type
        }
        return switch (p) {
            case Pointer pp -> a instanceof Pointer ap && unify(pp.elem(), ap.elem(), g, bound, depth + 1);
            case Slice ps -> a instanceof Slice as && unify(ps.elem(), as.elem(), g, bound, depth + 1);
            case Array pa -> a instanceof Array aa && pa.length() == aa.length() && unify(pa.elem(), aa.elem(), g, bound, depth + 1);
            case MapType pm -> a instanceof MapType am && unify(pm.key(), am.key(), g, bound, depth + 1)
                    && unify(pm.elem(), am.elem(), g, bound, depth + 1);
            case Chan pc -> a instanceof Chan ac && unify(pc.elem(), ac.elem(), g, bound, depth + 1);
            case Signature ps -> {
                if (!(a instanceof Signature as) || ps.params().size() != as.params().size()
                        || ps.results().size() != as.results().size() || ps.variadic() != as.variadic()) {
                    yield false;
                }
                for (int i = 0; i < ps.params().size(); i++) {
                    if (!unify(ps.params().get(i), as.params().get(i), g, bound, depth + 1)) {
                        yield false;
                    }
                }
                for (int i = 0; i < ps.results().size(); i++) {
                    if (!unify(ps.results().get(i), as.results().get(i), g, bound, depth + 1)) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> p.equals(a);
        };
    }

    static boolean containsTypeParam(Type t) {
        return containsTypeParam(t, 0);
    }

    private static boolean containsTypeParam(Type t, int depth) {
        if (depth > 32) {
            return false;
        }
        return switch (t) {
            case Named n -> n.isTypeParam() || n.typeArgs().stream().anyMatch(a -> containsTypeParam(a, depth + 1));
            case Pointer p -> containsTypeParam(p.elem(), depth + 1);
            case Slice s -> containsTypeParam(s.elem(), depth + 1);
            case Array a -> containsTypeParam(a.elem(), depth + 1);
            case MapType m -> containsTypeParam(m.key(), depth + 1) || containsTypeParam(m.elem(), depth + 1);
            case Chan ch -> containsTypeParam(ch.elem(), depth + 1);
            case Signature s -> s.params().stream().anyMatch(p -> containsTypeParam(p, depth + 1))
                    || s.results().stream().anyMatch(r -> containsTypeParam(r, depth + 1));
            case Tuple tu -> tu.types().stream().anyMatch(p -> containsTypeParam(p, depth + 1));
            default -> false;
        };
    }

    /** {@code t} with the bound type parameters replaced. */
    private Type subst(Type t, Map<Named, Type> m, int depth) {
        if (depth > 32 || !containsTypeParam(t)) {
            return t;
        }
        return switch (t) {
            case Named n when n.isTypeParam() -> m.getOrDefault(n, n);
            case Named n -> {
                List<Type> args = new ArrayList<>();
                for (Type a : n.typeArgs()) {
                    args.add(subst(a, m, depth + 1));
                }
                yield n.origin() instanceof Decl g ? instantiateType(g, args) : n;
            }
            case Pointer p -> new Pointer(subst(p.elem(), m, depth + 1));
            case Slice s -> new Slice(subst(s.elem(), m, depth + 1));
            case Array a -> new Array(a.length(), subst(a.elem(), m, depth + 1));
            case MapType mt -> new MapType(subst(mt.key(), m, depth + 1), subst(mt.elem(), m, depth + 1));
            case Chan ch -> new Chan(ch.dir(), subst(ch.elem(), m, depth + 1));
            case Signature s -> new Signature(s.params().stream().map(p -> subst(p, m, depth + 1)).toList(),
                    s.results().stream().map(r -> subst(r, m, depth + 1)).toList(), s.variadic());
            default -> t;
        };
    }

    // ---- constraint satisfaction ----

    private boolean verify(Decl g, List<Type> args, List<Expr> at) {
        return verifyAt(g, args, at, at.isEmpty() ? Pos.NONE : at.getFirst().pos());
    }

    /** Checks each type argument against its constraint; reports the first failure as types2 does. */
    private boolean verifyAt(Decl g, List<Type> args, List<Expr> exprs, Pos pos) {
        Map<Named, Type> m = new LinkedHashMap<>();
        for (int i = 0; i < g.tparams.size(); i++) {
            m.put(g.tparams.get(i), args.get(i));
        }
        for (int i = 0; i < g.tparams.size(); i++) {
            String cause = satisfies(args.get(i), g.tparams.get(i).typeParamBound(), g.written.get(i), m);
            if (cause != null) {
                c.error(i < exprs.size() ? exprs.get(i).pos() : pos, cause);
                return false;
            }
        }
        return true;
    }

    /** Null when {@code v} satisfies the constraint, else types2's cause. */
    private String satisfies(Type v, Interface bound, Type written, Map<Named, Type> m) {
        String vs = c.ts(v);
        String ws = c.ts(written);
        if (Types.isInvalid(v)) {
            return null;
        }
        List<Interface.Method> methods = bound.allMethods();
        if (!methods.isEmpty()) {
            List<Interface.Method> ms = new ArrayList<>();
            for (Interface.Method mm : methods) {
                ms.add(new Interface.Method(mm.name(), (Signature) subst(mm.sig(), m, 0), mm.pkgPath()));
            }
            Interface want = new Interface(ms, List.of());
            if (!MethodSets.implementsIface(v, want)) {
                return vs + " does not satisfy " + ws + " " + MethodSets.missingMethodReason(v, want, c.pkgPath);
            }
        }
        List<Interface.Term> terms = bound.terms();
        if (terms != null) {
            boolean in = false;
            Type alt = null;
            for (Interface.Term t : terms) {
                Interface.Term st = new Interface.Term(t.tilde(), subst(t.type(), m, 0));
                if (st.includes(v)) {
                    in = true;
                    break;
                }
                if (alt == null && !st.tilde() && st.type().equals(st.type().underlying())
                        && new Interface.Term(true, st.type()).includes(v)) {
                    alt = st.type();
                }
            }
            if (!in) {
                StringBuilder set = new StringBuilder();
                for (int k = 0; k < terms.size(); k++) {
                    set.append(k == 0 ? "" : " | ").append(terms.get(k).tilde() ? "~" : "")
                            .append(c.ts(subst(terms.get(k).type(), m, 0)));
                }
                String detail = alt != null ? "possibly missing ~ for " + c.ts(alt) + " in " + ws
                        : vs + " missing in " + set;
                return vs + " does not satisfy " + ws + " (" + detail + ")";
            }
        }
        if (bound.requiresComparable() && !Types.comparable(v)) {
            return vs + " does not satisfy comparable";
        }
        return null;
    }

    // ---- instantiation ----

    /** A scope binding g's type parameter names (or a receiver's own names for them) to the arguments. */
    private Scope binding(Decl g, List<Expr.Ident> names, List<Type> args) {
        Scope s = new Scope(g.scope, Scope.Kind.FUNC);
        for (int i = 0; i < names.size(); i++) {
            Expr.Ident id = names.get(i);
            if (id.name().equals("_")) {
                continue;
            }
            s.insert(new Symbol.TypeName(id.name(), args.get(i), g.pkgPath, id.pos().line(), id.pos().col()));
        }
        return s;
    }

    private List<Expr.Ident> paramNames(List<Field> fields) {
        List<Expr.Ident> out = new ArrayList<>();
        for (Field f : fields) {
            out.addAll(f.names());
        }
        return out;
    }

    private boolean budget(Pos pos) {
        if (++instances > MAX_INSTANCES) {
            if (!tooMany) {
                c.error(pos, "instantiation cycle");
            }
            tooMany = true;
            return false;
        }
        return true;
    }

    /** The instance {@code g[args]} of a generic type: one Named per distinct argument list. */
    Named instantiateType(Decl g, List<Type> args) {
        Key key = new Key(g, List.copyOf(args), null);
        Named n = types.get(key);
        if (n != null) {
            return n;
        }
        n = new Named(g.pkgPath, g.name, null);
        n.setInstance(g, args);
        types.put(key, n);
        if (!budget(g.type.pos())) {
            n.setUnderlying(Basic.INVALID);
            return n;
        }
        Scope saved = c.scope;
        c.scope = binding(g, paramNames(g.type.typeParams()), args);
        try {
            Type u = c.typeExprs.typ(AstCopy.of(g.type.type()));
            n.setUnderlying(u == n ? Basic.INVALID : u);
        } finally {
            c.scope = saved;
        }
        if (args.stream().noneMatch(Generics::containsTypeParam)) {
            typeInstances.computeIfAbsent(g, k -> new ArrayList<>()).add(n);
            for (dev.spindle.lang.syntax.Decl.FuncDecl md : g.methods) {
                instantiateMethod(g, n, md);
            }
        }
        return n;
    }

    private void instantiateMethod(Decl g, Named inst, dev.spindle.lang.syntax.Decl.FuncDecl decl) {
        dev.spindle.lang.syntax.Decl.FuncDecl fd = AstCopy.of(decl);
        Expr rt = Exprs.unparen(fd.recv().type());
        boolean ptr = rt instanceof Expr.Star;
        Expr.Index ix = (Expr.Index) Exprs.unparen(ptr ? ((Expr.Star) rt).x() : rt);
        List<Expr.Ident> names = new ArrayList<>();
        for (Expr e : ix.indices()) {
            names.add(e instanceof Expr.Ident id ? id : new Expr.Ident(e.pos(), "_"));
        }
        Scope s = binding(g, names, inst.typeArgs());
        Scope saved = c.scope;
        c.scope = s;
        TypeExprs.Sig sig;
        try {
            sig = c.typeExprs.signature(fd.type());
        } finally {
            c.scope = saved;
        }
        Type recvType = ptr ? new Pointer(inst) : inst;
        c.recordType(fd.recv().type(), recvType);
        c.recordType(ix, inst);
        Expr.Ident recvId = fd.recv().names().isEmpty() ? null : fd.recv().names().getFirst();
        Pos rp = recvId != null ? recvId.pos() : fd.recv().pos();
        Symbol.Func f = new Symbol.Func(fd.name().name(), sig.sig(), g.pkgPath, false, fd.name().pos().line(),
                fd.name().pos().col());
        f.setReceiver(new Symbol.Var(recvId == null ? "" : recvId.name(), recvType, Symbol.VarKind.RECEIVER,
                g.pkgPath, rp.line(), rp.col()));
        f.setNames(Decls.names(sig.params()), Decls.names(sig.results()));
        c.info.defs.put(fd.name(), f);
        if (inst.method(f.name()).isPresent()) {
            c.error(fd.name().pos(), "method " + g.name + "." + f.name() + " already declared");
            return;
        }
        inst.addMethod(f);
        String pkg = Naming.pkgName(g.pkgPath);
        String name = pkg + "." + (ptr ? "(*" + g.name + "[...])" : g.name + "[...]") + "." + f.name();
        f.setInstanceName(name);
        if (fd.body() != null) {
            queue.add(new Job(fd, sig, f, recvId, recvType, s, name));
        }
    }

    /** The instance {@code g[args]} of a generic function, its body queued for checking. */
    Symbol.Func instantiateFunc(Decl g, List<Type> args) {
        Key key = new Key(g, List.copyOf(args), null);
        Symbol.Func f = funcs.get(key);
        if (f != null) {
            return f;
        }
        dev.spindle.lang.syntax.Decl.FuncDecl fd = AstCopy.of(g.func);
        Scope s = binding(g, paramNames(g.func.typeParams()), args);
        Scope saved = c.scope;
        c.scope = s;
        TypeExprs.Sig sig;
        try {
            sig = c.typeExprs.signature(fd.type());
        } finally {
            c.scope = saved;
        }
        f = new Symbol.Func(g.name, sig.sig(), g.pkgPath, false, fd.name().pos().line(), fd.name().pos().col());
        f.setNames(Decls.names(sig.params()), Decls.names(sig.results()));
        String name = Naming.pkgName(g.pkgPath) + "." + g.name + "[...]";
        f.setInstanceName(name);
        funcs.put(key, f);
        if (fd.body() != null && budget(fd.pos())) {
            queue.add(new Job(fd, sig, f, null, null, s, name));
        }
        return f;
    }

    /**
     * A generic the program never instantiates is still checked, once, with a representative
     * type for each type parameter: a defined type of the parameter's name whose underlying
     * type is the constraint's core type, the first type of its type set, or the constraint
     * interface itself (any for {@code any} and {@code comparable}), so
     * that a typo in an unused generic is reported as Go would. A representative can only make
     * the check more lenient than Go's (an {@code x == y} on an {@code any} T passes), never
     * stricter, except for a constraint with both methods and a type set, which is skipped.
     */
    void checkUninstantiated() {
        for (Decl g : declared) {
            boolean used = g.func != null ? funcs.keySet().stream().anyMatch(k -> k.decl() == g)
                    : typeInstances.containsKey(g) || g.methods.isEmpty();
            if (used) {
                continue;
            }
            List<Type> reps = representatives(g);
            if (reps == null) {
                continue;
            }
            if (g.func != null) {
                instantiateFunc(g, reps);
            } else {
                instantiateType(g, reps);
            }
        }
        drain();
    }

    private List<Type> representatives(Decl g) {
        Map<Named, Type> m = new LinkedHashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (Named tp : g.tparams) {
                Interface b = tp.typeParamBound();
                List<Interface.Term> ts = b.terms();
                if (ts != null && !b.allMethods().isEmpty()) {
                    return null;
                }
                Type rep;
                if (ts == null || ts.isEmpty()) {
                    rep = b.allMethods().isEmpty() ? Universe.ANY : g.written.get(g.tparams.indexOf(tp));
                } else {
                    Interface.Term core = core(ts);
                    rep = subst(core != null ? core.type() : ts.getFirst().type().underlying(), m, 0);
                }
                // A defined type named like the parameter, so that messages say T (Box[T]).
                Named named = m.get(tp) instanceof Named old && !old.isTypeParam() ? old : new Named(g.pkgPath, tp.name(), null);
                named.setUnderlying(rep.underlying());
                m.put(tp, named);
            }
        }
        List<Type> out = new ArrayList<>();
        for (Named tp : g.tparams) {
            Type r = m.get(tp);
            if (r == null || containsTypeParam(r)) {
                return null;
            }
            out.add(r);
        }
        return out;
    }

    private final List<Decl> declared = new ArrayList<>();

    /** Checks the queued instance bodies (which may queue more). */
    void drain() {
        while (!queue.isEmpty()) {
            Job j = queue.poll();
            Scope saved = c.scope;
            c.scope = j.scope();
            try {
                c.stmts.body(j.decl(), j.name(), j.sig(), j.sym(), j.recvId(), j.recvType(), j.decl().body());
            } finally {
                c.scope = saved;
            }
        }
    }
}
