package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Field;
import dev.spindle.lang.syntax.Pos;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Type expressions to {@link Type}s: names (resolved on demand when declared later in the
 * file), {@code *T}, {@code []T}, {@code [N]T}, maps, channels, function types, structs and
 * interfaces. Generic instantiations and type-set constraints are refused by name.
 */
final class TypeExprs {
    private final Checker c;

    TypeExprs(Checker c) {
        this.c = c;
    }

    /** A parameter list resolved: the types, the declaring identifiers (null where unnamed), variadic. */
    record Params(List<Type> types, List<Expr.Ident> names, boolean variadic) {
    }

    /** A function type resolved, with the identifiers that name parameters and results. */
    record Sig(Signature sig, Params params, Params results) {
    }

    /** The type denoted by {@code e}, or INVALID after reporting why. */
    Type typ(Expr e) {
        Type t = resolve(e);
        if (constraintDepth == 0 && (t instanceof Named n ? !n.isTypeParam() : t instanceof Interface)
                && t.underlying() instanceof Interface i && (t == Universe.COMPARABLE || i.isConstraintOnly())) {
            c.error(e.pos(), "cannot use type " + c.ts(t) + " outside a type constraint: interface "
                    + (t == Universe.COMPARABLE || i.requiresComparable() ? "is (or embeds) comparable" : "contains type constraints"));
            t = Basic.INVALID;
        }
        c.recordType(e, t);
        return t;
    }

    /**
     * Where a type larger than the address space is reported while a declaration's type is
     * resolved: gc checks sizes per declaration and names the declared variable or type
     * ({@code var a [1<<62]byte} at {@code a}), not the array type. Null elsewhere: the type's
     * own position.
     */
    Pos sizeErrorPos;

    /** Resolves a declaration's type, reporting a too-large type at {@code declared} as gc does. */
    Type declaredType(Expr e, Pos declared) {
        Pos saved = sizeErrorPos;
        sizeErrorPos = declared;
        try {
            return typ(e);
        } finally {
            sizeErrorPos = saved;
        }
    }

    /** Above 0 while resolving a constraint (or an interface embedded in one), where type sets are allowed. */
    int constraintDepth;

    /** The type {@code e} denotes as a constraint. */
    Type constraint(Expr e) {
        constraintDepth++;
        try {
            return typ(e);
        } finally {
            constraintDepth--;
        }
    }

    private Type resolve(Expr e) {
        switch (e) {
            case Expr.Ident id -> {
                if (id.name().equals("_")) {
                    c.error(id.pos(), "cannot use _ as value or type");
                    return Basic.INVALID;
                }
                Symbol s = c.scope.lookup(id.name());
                if (s == null) {
                    c.error(id.pos(), "undefined: " + id.name());
                    return Basic.INVALID;
                }
                c.info.uses.put(id, s);
                if (s instanceof Symbol.TypeName tn) {
                    c.decls.resolve(tn);
                    if (Universe.isUnsupportedType(tn)) {
                        c.error(id.pos(), "complex numbers are not supported by spindle");
                        return Basic.INVALID;
                    }
                    if (tn.generic() != null) {
                        c.error(id.pos(), "cannot use generic type " + tn.generic().describe(c.pkgPath)
                                + " without instantiation");
                        return Basic.INVALID;
                    }
                    return tn.type() == null ? Basic.INVALID : tn.type();
                }
                c.error(id.pos(), id.name() + " is not a type");
                return Basic.INVALID;
            }
            case Expr.Selector sel when sel.x() instanceof Expr.Ident pid
                    && c.scope.lookup(pid.name()) instanceof Symbol.PkgName pn -> {
                pn.markUsed();
                c.info.uses.put(pid, pn);
                Symbol m = pn.pkg().member(sel.sel().name());
                if (m == null || !Naming.isExported(sel.sel().name())) {
                    c.error(sel.sel().pos(), m == null ? "undefined: " + pid.name() + "." + sel.sel().name()
                            : "name " + sel.sel().name() + " not exported by package " + pn.pkg().name());
                    return Basic.INVALID;
                }
                c.info.uses.put(sel.sel(), m);
                c.info.selections.put(sel, new Selection(Selection.Kind.QUALIFIED, List.of(), false,
                        Selection.RecvAdjust.NONE, null, null, null, m, m.type()));
                if (m instanceof Symbol.TypeName tn && tn.generic() != null) {
                    c.error(sel.pos(), "cannot use generic type " + pid.name() + "." + tn.generic().describe(c.pkgPath)
                            + " without instantiation");
                    return Basic.INVALID;
                }
                if (m instanceof Symbol.TypeName tn) {
                    return tn.type();
                }
                c.error(sel.pos(), pid.name() + "." + sel.sel().name() + " is not a type");
                return Basic.INVALID;
            }
            case Expr.Paren p -> {
                return typ(p.x());
            }
            case Expr.Star s -> {
                return new Pointer(typ(s.x()));
            }
            case Expr.SliceType s -> {
                return new Slice(typ(s.elem()));
            }
            case Expr.ArrayType a -> {
                if (a.len() == null) {
                    c.error(a.pos(), "invalid use of [...] array (outside a composite literal)");
                    typ(a.elem());
                    return Basic.INVALID;
                }
                long n = arrayLength(a.len());
                Type elem = typ(a.elem());
                if (n < 0) {
                    return Basic.INVALID;
                }
                Array at = new Array(n, elem);
                if (TypeSizes.of(at) >= TypeSizes.MAX_WIDTH) {
                    c.error(sizeErrorPos != null ? sizeErrorPos : a.pos(),
                            "type " + TypeString.relativeTo(at, c.pkgPath) + " larger than address space");
                    return Basic.INVALID;
                }
                return at;
            }
            case Expr.MapType m -> {
                Type k = typ(m.key());
                Type v = typ(m.value());
                if (!Types.isInvalid(k) && !(k instanceof Named n && !n.hasUnderlying())
                        && !Types.comparable(k)) {
                    c.error(m.key().pos(), "invalid map key type " + c.ts(k));
                }
                return new MapType(k, v);
            }
            case Expr.ChanType ch -> {
                Chan.Dir d = switch (ch.dir()) {
                    case BOTH -> Chan.Dir.BOTH;
                    case SEND -> Chan.Dir.SEND;
                    case RECV -> Chan.Dir.RECV;
                };
                return new Chan(d, typ(ch.elem()));
            }
            case Expr.FuncType f -> {
                return signature(f).sig();
            }
            case Expr.StructType s -> {
                return struct(s);
            }
            case Expr.InterfaceType i -> {
                return iface(i);
            }
            case Expr.Index ix -> {
                return c.generics.typeInstance(ix);
            }
            case Expr.Ellipsis el -> {
                c.error(el.pos(), "invalid use of ...");
                return Basic.INVALID;
            }
            case Expr.Bad b -> {
                return Basic.INVALID;
            }
            default -> {
                c.error(e.pos(), dev.spindle.lang.syntax.ExprString.of(e) + " is not a type");
                return Basic.INVALID;
            }
        }
    }

    private long arrayLength(Expr len) {
        Operand x = c.exprs.expr(len);
        if (x.invalid()) {
            return -1;
        }
        if (!x.isConst()) {
            c.error(len.pos(), "array length " + c.describe(x) + " must be constant");
            return -1;
        }
        if (Types.isUntyped(x.type) || Types.isInteger(x.type)) {
            BigInteger v = x.val.toBigInteger();
            if (v != null) {
                if (v.signum() < 0 || v.bitLength() > 63) {
                    c.error(len.pos(), "invalid array length " + c.describe(x));
                    return -1;
                }
                if (Types.isUntyped(x.type)) {
                    x.type = Basic.INT;
                    c.record(x);
                }
                return v.longValue();
            }
        }
        c.error(len.pos(), "array length " + c.describe(x) + " must be integer");
        return -1;
    }

    /** Resolves a function type; the caller declares the parameter names if it has a body. */
    Sig signature(Expr.FuncType f) {
        Params params = params(f.params(), true);
        Params results = params(f.results(), false);
        Signature sig = new Signature(params.types(), results.types(), params.variadic());
        c.recordType(f, sig);
        return new Sig(sig, params, results);
    }

    private Params params(List<Field> fields, boolean allowVariadic) {
        List<Type> types = new ArrayList<>();
        List<Expr.Ident> names = new ArrayList<>();
        boolean variadic = false;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Type t;
            if (f.type() instanceof Expr.Ellipsis el) {
                Type elem = typ(el.elem());
                t = new Slice(elem);
                c.recordType(el, t);
                if (!allowVariadic || i != fields.size() - 1 || f.names().size() > 1) {
                    c.error(el.pos(), "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                }
            } else {
                t = typ(f.type());
            }
            if (f.names().isEmpty()) {
                types.add(t);
                names.add(null);
            } else {
                for (Expr.Ident n : f.names()) {
                    types.add(t);
                    names.add(n);
                }
            }
        }
        return new Params(types, names, variadic);
    }

    private Type struct(Expr.StructType s) {
        List<Struct.Field> fields = new ArrayList<>();
        Map<String, Expr.Ident> seen = new HashMap<>();
        for (Field f : s.fields()) {
            Type t = typ(f.type());
            if (f.names().isEmpty()) {
                Expr te = f.type() instanceof Expr.Star st ? st.x() : f.type();
                if (te instanceof Expr.Index ix) {
                    te = ix.x(); // an embedded instance Stack[int] is the field Stack
                }
                String name = switch (te) {
                    case Expr.Ident id -> id.name();
                    case Expr.Selector sel -> sel.sel().name();
                    default -> "?";
                };
                Type base = t instanceof Pointer p ? p.elem() : t;
                if (t instanceof Pointer && base.underlying() instanceof Pointer) {
                    c.error(f.type().pos(), "embedded field type cannot be a pointer");
                } else if (t instanceof Pointer && base.underlying() instanceof Interface) {
                    c.error(f.type().pos(), "embedded field type cannot be a pointer to an interface");
                }
                addField(fields, seen, new Struct.Field(name, t, true, c.pkgPath), pseudoIdent(te, name));
            } else {
                for (Expr.Ident n : f.names()) {
                    addField(fields, seen, new Struct.Field(n.name(), t, false, c.pkgPath), n);
                    c.info.defs.put(n, new Symbol.Var(n.name(), t, Symbol.VarKind.FIELD, c.pkgPath,
                            n.pos().line(), n.pos().col()));
                }
            }
        }
        return new Struct(fields);
    }

    private static Expr.Ident pseudoIdent(Expr te, String name) {
        if (te instanceof Expr.Ident id) {
            return id;
        }
        if (te instanceof Expr.Selector sel) {
            return sel.sel();
        }
        return new Expr.Ident(te.pos(), name);
    }

    private void addField(List<Struct.Field> fields, Map<String, Expr.Ident> seen, Struct.Field f, Expr.Ident id) {
        if (!f.name().equals("_")) {
            Expr.Ident old = seen.putIfAbsent(f.name(), id);
            if (old != null) {
                c.error(id.pos(), f.name() + " redeclared\n\tprog.go:" + old.pos() + ": other declaration of " + f.name());
            }
        }
        fields.add(f);
    }

    private Type iface(Expr.InterfaceType i) {
        List<Interface.Method> methods = new ArrayList<>();
        List<Type> embedded = new ArrayList<>();
        List<Interface.Term> terms = null;
        for (Field f : i.elems()) {
            if (!f.names().isEmpty() && f.type() instanceof Expr.FuncType ft) {
                Signature sig = signature(ft).sig();
                Expr.Ident n = f.names().getFirst();
                if (methods.stream().anyMatch(m -> m.name().equals(n.name()))) {
                    c.error(n.pos(), "duplicate method " + n.name());
                }
                methods.add(new Interface.Method(n.name(), sig, c.pkgPath));
                Symbol.Func fs = new Symbol.Func(n.name(), sig, c.pkgPath, false, n.pos().line(), n.pos().col());
                c.info.defs.put(n, fs);
                continue;
            }
            Expr te = f.type();
            if (te instanceof Expr.Unary || te instanceof Expr.Binary) {
                terms = c.generics.terms(te);
                continue;
            }
            Type t = constraint(te);
            if (Types.isInvalid(t)) {
                continue;
            }
            if (t instanceof Named n && !n.hasUnderlying() || t.underlying() instanceof Interface) {
                embedded.add(t);
            } else {
                terms = List.of(new Interface.Term(false, t));
            }
        }
        return terms == null ? new Interface(methods, embedded) : Interface.withTerms(methods, embedded, terms, false);
    }
}
