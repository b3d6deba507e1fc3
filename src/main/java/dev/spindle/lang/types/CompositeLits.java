package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Composite literals {@code T{...}} for structs, arrays ({@code [...]T} included), slices and
 * maps. An element literal may elide its type ({@code []Point{{1, 2}}}); when the element
 * type is a pointer {@code *T}, the elided literal means {@code &T{...}} and its recorded
 * type is {@code *T}.
 */
final class CompositeLits {
    private final Checker c;

    CompositeLits(Checker c) {
        this.c = c;
    }

    Operand check(Expr.CompositeLit cl, Type hint) {
        Type t;
        Type base;
        if (cl.type() != null) {
            if (cl.type() instanceof Expr.ArrayType at && at.len() == null) {
                Type elem = c.typeExprs.typ(at.elem());
                long n = elements(cl, elem, -1, "array or slice literal");
                t = new Array(n, elem);
                c.recordType(at, t);
                return new Operand(Operand.Mode.VALUE, cl, t, null);
            }
            t = c.typeExprs.typ(cl.type());
            base = t;
        } else if (hint != null) {
            t = hint;
            base = hint.underlying() instanceof Pointer p ? p.elem() : hint;
        } else {
            c.error(cl.pos(), "invalid composite literal type: missing type");
            elementsUnchecked(cl);
            return Operand.invalid(cl);
        }
        switch (base.underlying()) {
            case Struct s -> struct(cl, base, s);
            case Array a -> elements(cl, a.elem(), a.length(), "array or slice literal");
            case Slice s -> elements(cl, s.elem(), -1, "array or slice literal");
            case MapType m -> map(cl, m);
            default -> {
                if (!Types.isInvalid(base)) {
                    c.error(cl.pos(), "invalid composite literal type " + c.ts(base));
                }
                elementsUnchecked(cl);
                return Operand.invalid(cl);
            }
        }
        return new Operand(Operand.Mode.VALUE, cl, t, null);
    }

    private void elementsUnchecked(Expr.CompositeLit cl) {
        for (Expr e : cl.elts()) {
            if (e instanceof Expr.KeyValue kv) {
                if (!(kv.key() instanceof Expr.Ident)) {
                    c.exprs.expr(kv.key());
                }
                c.exprs.expr(kv.value());
            } else {
                c.exprs.expr(e);
            }
        }
    }

    private void struct(Expr.CompositeLit cl, Type t, Struct s) {
        List<Expr> elts = cl.elts();
        if (elts.isEmpty()) {
            return;
        }
        if (elts.getFirst() instanceof Expr.KeyValue) {
            Set<String> seen = new HashSet<>();
            for (Expr e : elts) {
                if (!(e instanceof Expr.KeyValue kv)) {
                    c.error(e.pos(), "mixture of field:value and value elements in struct literal");
                    c.exprs.expr(e);
                    continue;
                }
                if (!(kv.key() instanceof Expr.Ident key)) {
                    c.error(kv.key().pos(), "invalid field name " + dev.spindle.lang.syntax.ExprString.of(kv.key())
                            + " in struct literal");
                    c.exprs.expr(kv.value());
                    continue;
                }
                int i = s.indexOf(key.name());
                if (i < 0) {
                    c.error(key.pos(), "unknown field " + key.name() + " in struct literal of type " + c.ts(t));
                    c.exprs.expr(kv.value());
                    continue;
                }
                Struct.Field f = s.fields().get(i);
                if (!seen.add(key.name())) {
                    c.error(key.pos(), "duplicate field name " + key.name() + " in struct literal");
                }
                Operand v = c.exprs.expr(kv.value(), f.type());
                if (!f.exported() && !f.pkgPath().equals(c.pkgPath)) {
                    c.error(key.pos(), "cannot refer to unexported field " + key.name() + " in struct literal of type " + c.ts(t));
                    continue;
                }
                c.assign.assignment(v, f.type(), "struct literal");
                if (!v.invalid()) {
                    c.stmts.assigns.nameObject(kv.value(), key.name());
                }
            }
            return;
        }
        for (int i = 0; i < elts.size(); i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.KeyValue kv) {
                c.error(kv.pos(), "mixture of field:value and value elements in struct literal");
                c.exprs.expr(kv.value());
                continue;
            }
            if (i >= s.fields().size()) {
                c.exprs.expr(e);
                c.error(e.pos(), "too many values in struct literal of type " + c.ts(t));
                break;
            }
            Struct.Field f = s.fields().get(i);
            Operand v = c.exprs.expr(e, f.type());
            if (!f.exported() && !f.pkgPath().equals(c.pkgPath)) {
                c.error(e.pos(), "implicit assignment to unexported field " + f.name() + " in struct literal of type " + c.ts(t));
                continue;
            }
            c.assign.assignment(v, f.type(), "struct literal");
        }
        if (elts.size() < s.fields().size()) {
            c.error(cl.rbrace(), "too few values in struct literal of type " + c.ts(t));
        }
    }

    /** Array and slice elements; returns the literal's length (max index + 1). */
    private long elements(Expr.CompositeLit cl, Type elem, long length, String context) {
        long idx = 0;
        long max = 0;
        Set<Long> seen = new HashSet<>();
        for (Expr e : cl.elts()) {
            Expr value = e;
            if (e instanceof Expr.KeyValue kv) {
                Operand k = c.exprs.expr(kv.key());
                value = kv.value();
                if (!k.invalid()) {
                    BigInteger v = k.isConst() ? k.val.toBigInteger() : null;
                    if (v == null || !(Types.isInteger(k.type) || Types.isUntyped(k.type))) {
                        c.error(kv.key().pos(), "index " + c.describe(k) + " must be integer constant");
                    } else if (v.signum() < 0) {
                        c.error(kv.key().pos(), "index " + c.describe(k) + " must not be negative");
                    } else {
                        idx = v.longValue();
                        if (Types.isUntyped(k.type)) {
                            c.assign.convertUntyped(k, Basic.INT);
                        }
                    }
                }
            }
            if (length >= 0 && idx >= length) {
                c.error(e.pos(), "index " + idx + " is out of bounds (>= " + length + ")");
            } else if (!seen.add(idx)) {
                c.error(e.pos(), "duplicate index " + idx + " in array or slice literal");
            }
            Operand v = c.exprs.expr(value, elem);
            c.assign.assignment(v, elem, context);
            idx++;
            max = Math.max(max, idx);
        }
        return max;
    }

    private void map(Expr.CompositeLit cl, MapType m) {
        Map<Object, Boolean> seen = new HashMap<>();
        for (Expr e : cl.elts()) {
            if (!(e instanceof Expr.KeyValue kv)) {
                c.error(e.pos(), "missing key in map literal");
                c.exprs.expr(e, m.elem());
                continue;
            }
            Operand k = c.exprs.expr(kv.key(), m.key());
            c.assign.assignment(k, m.key(), "map literal");
            if (k.isConst() && k.val != null && seen.put(k.val, true) != null) {
                c.error(kv.key().pos(), "duplicate key " + dev.spindle.lang.syntax.ExprString.of(kv.key()) + " in map literal");
            }
            Operand v = c.exprs.expr(kv.value(), m.elem());
            c.assign.assignment(v, m.elem(), "map literal");
        }
    }
}
