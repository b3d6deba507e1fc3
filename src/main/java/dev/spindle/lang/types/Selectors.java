package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.ExprString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Selector expressions {@code x.f}: qualified identifiers ({@code fmt.Println}), fields and
 * methods found through embedding (with the path and the receiver adjustment the compiler
 * needs), interface methods and method expressions ({@code T.M}).
 */
final class Selectors {
    private final Checker c;

    Selectors(Checker c) {
        this.c = c;
    }

    Operand check(Expr.Selector sel) {
        String name = sel.sel().name();
        if (sel.x() instanceof Expr.Ident pid && c.scope.lookup(pid.name()) instanceof Symbol.PkgName pn) {
            return qualified(sel, pid, pn);
        }
        Operand x = c.exprs.exprOrType(sel.x());
        if (x.invalid()) {
            return Operand.invalid(sel);
        }
        if (x.mode == Operand.Mode.TYPE) {
            return methodExpr(sel, x.type);
        }
        if (x.mode == Operand.Mode.NO_VALUE || x.mode == Operand.Mode.BUILTIN || x.type instanceof Tuple) {
            c.exprs.expr(sel.x());
            return Operand.invalid(sel);
        }
        if (x.isNil()) {
            c.error(sel.sel().pos(), "use of untyped nil in selector expression");
            return Operand.invalid(sel);
        }
        Lookup.Found f = Lookup.fieldOrMethod(x.type, name);
        if (f.kind() == Lookup.Kind.AMBIGUOUS) {
            c.error(sel.sel().pos(), "ambiguous selector " + ExprString.of(sel));
            return Operand.invalid(sel);
        }
        if (!f.found() || !accessible(f)) {
            c.error(sel.sel().pos(), ExprString.of(sel) + " undefined (" + missing(x.type, name, f) + ")");
            return Operand.invalid(sel);
        }
        switch (f.kind()) {
            case FIELD -> {
                Operand.Mode mode = x.mode == Operand.Mode.VARIABLE || f.indirect() || x.type.underlying() instanceof Pointer
                        ? Operand.Mode.VARIABLE : Operand.Mode.VALUE;
                c.info.selections.put(sel, new Selection(Selection.Kind.FIELD, f.path(), f.indirect(),
                        Selection.RecvAdjust.NONE, f.field(), null, null, null, f.field().type()));
                return new Operand(mode, sel, f.field().type(), null);
            }
            case METHOD -> {
                Symbol.Func m = f.method();
                Type recvAtPath = typeAtPath(x.type, f.path());
                boolean recvIsPtr = recvAtPath.underlying() instanceof Pointer && !(recvAtPath instanceof Named);
                Selection.RecvAdjust adj = Selection.RecvAdjust.NONE;
                if (m.hasPointerReceiver() && !recvIsPtr) {
                    boolean addressable = f.path().isEmpty() ? x.mode == Operand.Mode.VARIABLE
                            : (x.mode == Operand.Mode.VARIABLE || f.indirect() || x.type.underlying() instanceof Pointer);
                    if (!addressable) {
                        c.error(sel.sel().pos(), "cannot call pointer method " + name + " on " + c.ts(x.type));
                        return Operand.invalid(sel);
                    }
                    adj = Selection.RecvAdjust.ADDRESS_OF;
                } else if (!m.hasPointerReceiver() && recvIsPtr) {
                    adj = Selection.RecvAdjust.DEREF;
                }
                c.info.uses.put(sel.sel(), m);
                c.info.selections.put(sel, new Selection(Selection.Kind.METHOD, f.path(), f.indirect(), adj,
                        null, m, null, null, m.type()));
                return new Operand(Operand.Mode.VALUE, sel, m.type(), null);
            }
            default -> {
                c.info.selections.put(sel, new Selection(Selection.Kind.INTERFACE_METHOD, f.path(), f.indirect(),
                        Selection.RecvAdjust.NONE, null, null, f.imethod(), null, f.imethod().sig()));
                return new Operand(Operand.Mode.VALUE, sel, f.imethod().sig(), null);
            }
        }
    }

    private boolean accessible(Lookup.Found f) {
        String pkg = switch (f.kind()) {
            case FIELD -> f.field().pkgPath();
            case METHOD -> f.method().pkgPath();
            case INTERFACE_METHOD -> f.imethod().pkgPath();
            default -> c.pkgPath;
        };
        String n = switch (f.kind()) {
            case FIELD -> f.field().name();
            case METHOD -> f.method().name();
            default -> f.imethod().name();
        };
        return Naming.isExported(n) || pkg.equals(c.pkgPath) || pkg.isEmpty();
    }

    /** The type reached by following embedded fields along {@code path} from {@code t}. */
    static Type typeAtPath(Type t, List<Integer> path) {
        for (int idx : path) {
            Type u = t.underlying();
            if (u instanceof Pointer p) {
                u = p.elem().underlying();
            }
            t = ((Struct) u).fields().get(idx).type();
        }
        return t;
    }

    private String missing(Type t, String name, Lookup.Found f) {
        if (f.found()) {
            String what = f.kind() == Lookup.Kind.FIELD ? "field" : "method";
            return "cannot refer to unexported " + what + " " + name;
        }
        if (t.underlying() instanceof Pointer p && p.elem().underlying() instanceof Interface) {
            return "type " + c.ts(t) + " is pointer to interface, not interface";
        }
        // A different capitalisation is a common slip; types2 points it out.
        String alt = Character.isUpperCase(name.charAt(0)) ? name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1)
                : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        Lookup.Found g = Lookup.fieldOrMethod(t, alt);
        if (g.found() && accessible(g)) {
            String what = g.kind() == Lookup.Kind.FIELD ? "field" : "method";
            return "type " + c.ts(t) + " has no field or method " + name + ", but does have " + what + " " + alt;
        }
        return "type " + c.ts(t) + " has no field or method " + name;
    }

    private Operand qualified(Expr.Selector sel, Expr.Ident pid, Symbol.PkgName pn) {
        pn.markUsed();
        c.info.uses.put(pid, pn);
        String name = sel.sel().name();
        Symbol m = pn.pkg().member(name);
        if (m == null) {
            c.error(sel.sel().pos(), "undefined: " + pid.name() + "." + name);
            return Operand.invalid(sel);
        }
        if (!Naming.isExported(name)) {
            c.error(sel.sel().pos(), "name " + name + " not exported by package " + pn.pkg().name());
            return Operand.invalid(sel);
        }
        c.info.uses.put(sel.sel(), m);
        c.info.selections.put(sel, new Selection(Selection.Kind.QUALIFIED, List.of(), false,
                Selection.RecvAdjust.NONE, null, null, null, m, m.type()));
        return switch (m) {
            case Symbol.Const k -> new Operand(Operand.Mode.CONSTANT, sel, k.type(), k.value());
            case Symbol.TypeName tn -> new Operand(Operand.Mode.TYPE, sel, tn.type(), null);
            case Symbol.Var v -> new Operand(Operand.Mode.VARIABLE, sel, v.type(), null);
            case Symbol.Func fn -> new Operand(Operand.Mode.VALUE, sel, fn.type(), null);
            default -> Operand.invalid(sel);
        };
    }

    private Operand methodExpr(Expr.Selector sel, Type t) {
        String name = sel.sel().name();
        Lookup.Found f = Lookup.fieldOrMethod(t, name);
        if (f.kind() != Lookup.Kind.METHOD && f.kind() != Lookup.Kind.INTERFACE_METHOD) {
            c.error(sel.sel().pos(), ExprString.of(sel) + " undefined (type " + c.ts(t) + " has no method " + name + ")");
            return Operand.invalid(sel);
        }
        Signature sig = (Signature) f.type();
        if (f.kind() == Lookup.Kind.METHOD && f.method().hasPointerReceiver() && !(t instanceof Pointer) && !f.indirect()) {
            c.error(sel.sel().pos(), "invalid method expression " + ExprString.of(sel) + " (needs pointer receiver (*"
                    + c.ts(t) + ")." + name + ")");
            return Operand.invalid(sel);
        }
        List<Type> params = new ArrayList<>();
        params.add(t);
        params.addAll(sig.params());
        Signature full = new Signature(params, sig.results(), sig.variadic());
        if (f.method() != null) {
            c.info.uses.put(sel.sel(), f.method());
        }
        c.info.selections.put(sel, new Selection(Selection.Kind.METHOD_EXPR, f.path(), f.indirect(),
                Selection.RecvAdjust.NONE, null, f.method(), f.imethod(), null, full));
        return new Operand(Operand.Mode.VALUE, sel, full, null);
    }
}
