package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import java.math.BigInteger;

/**
 * Index expressions {@code a[i]} (strings, arrays, pointers to arrays, slices, maps) and
 * slice expressions {@code a[lo:hi:max]}, with constant bounds checked as types2 does.
 */
final class Indexing {
    private final Checker c;

    Indexing(Checker c) {
        this.c = c;
    }

    Operand index(Expr.Index ix) {
        if (c.generics.genericOf(ix.x()) != null) {
            return c.generics.index(ix);
        }
        Operand x = c.exprs.exprOrType(ix.x());
        if (x.invalid()) {
            for (Expr i : ix.indices()) {
                c.exprs.expr(i);
            }
            return Operand.invalid(ix);
        }
        if (ix.indices().size() != 1 || x.mode == Operand.Mode.TYPE
                || (x.type instanceof Signature && ix.x() instanceof Expr.Ident)) {
            if (x.mode == Operand.Mode.TYPE || x.type instanceof Signature) {
                c.error(ix.pos(), "generic " + (x.mode == Operand.Mode.TYPE ? "types" : "functions")
                        + " are not supported by spindle");
                return Operand.invalid(ix);
            }
            c.error(ix.indices().get(1).pos(), "invalid operation: more than one index");
            return Operand.invalid(ix);
        }
        if (!x.isValue()) {
            c.exprs.expr(ix.x());
            return Operand.invalid(ix);
        }
        Expr ie = ix.indices().getFirst();
        Type u = x.type.underlying();
        switch (u) {
            case Basic b when b.isString() -> {
                long len = x.isConst() ? ((Constant.Str) x.val).length() : -1;
                index(ie, len);
                if (Types.isUntyped(x.type)) {
                    c.assign.convertUntyped(x, Basic.STRING);
                }
                return new Operand(Operand.Mode.VALUE, ix, Basic.BYTE, null);
            }
            case Array a -> {
                index(ie, a.length());
                return new Operand(x.mode == Operand.Mode.VARIABLE ? Operand.Mode.VARIABLE : Operand.Mode.VALUE, ix, a.elem(), null);
            }
            case Pointer p when p.elem().underlying() instanceof Array a -> {
                index(ie, a.length());
                return new Operand(Operand.Mode.VARIABLE, ix, a.elem(), null);
            }
            case Slice s -> {
                index(ie, -1);
                return new Operand(Operand.Mode.VARIABLE, ix, s.elem(), null);
            }
            case MapType m -> {
                Operand k = c.exprs.expr(ie);
                c.assign.assignment(k, m.key(), "map index");
                return new Operand(Operand.Mode.MAP_INDEX, ix, m.elem(), null);
            }
            default -> {
                c.exprs.expr(ie);
                c.error(ix.x().pos(), "invalid operation: cannot index " + c.describe(x));
                return Operand.invalid(ix);
            }
        }
    }

    /** Checks an index operand; {@code max} is the length when known (constant bound check), else -1. */
    private void index(Expr e, long max) {
        Operand i = c.exprs.expr(e);
        if (i.invalid()) {
            return;
        }
        if (i.isConst() && Types.isUntyped(i.type)) {
            BigInteger v = i.val.toBigInteger();
            if (v == null || !Types.isNumeric(i.type)) {
                c.error(e.pos(), "invalid argument: index " + c.describe(i) + " must be integer");
                return;
            }
            c.assign.convertUntyped(i, Basic.INT);
            if (i.invalid()) {
                return;
            }
        }
        if (!Types.isInteger(i.type)) {
            c.error(e.pos(), "invalid argument: index " + c.describe(i) + " must be integer");
            return;
        }
        if (i.isConst()) {
            BigInteger v = i.val.toBigInteger();
            if (v.signum() < 0) {
                c.error(e.pos(), "invalid argument: index " + c.describe(i) + " must not be negative");
            } else if (max >= 0 && v.compareTo(BigInteger.valueOf(max)) >= 0) {
                c.error(e.pos(), "invalid argument: index " + i.val + " out of bounds [0:" + max + "]");
            }
        }
    }

    Operand slice(Expr.Slice s) {
        Operand x = c.exprs.expr(s.x());
        if (x.invalid()) {
            return Operand.invalid(s);
        }
        Type u = x.type.underlying();
        long len = -1;
        Type result;
        switch (u) {
            case Basic b when b.isString() -> {
                if (s.full()) {
                    c.error(s.max() != null ? s.max().pos() : s.pos(), "invalid operation: 3-index slice of string");
                    return Operand.invalid(s);
                }
                if (x.isConst()) {
                    len = ((Constant.Str) x.val).length();
                }
                result = Types.isUntyped(x.type) ? Basic.STRING : x.type;
            }
            case Array a -> {
                if (x.mode != Operand.Mode.VARIABLE) {
                    c.error(s.pos(), "invalid operation: " + c.describe(x) + " (slice of unaddressable value)");
                    return Operand.invalid(s);
                }
                len = a.length();
                result = new Slice(a.elem());
            }
            case Pointer p when p.elem().underlying() instanceof Array a -> {
                len = a.length();
                result = new Slice(a.elem());
            }
            case Slice sl -> result = x.type;
            default -> {
                c.error(s.x().pos(), "cannot slice " + c.describe(x));
                return Operand.invalid(s);
            }
        }
        long cap = len >= 0 ? len + 1 : -1;
        for (Expr e : new Expr[]{s.lo(), s.hi(), s.max()}) {
            if (e != null) {
                index(e, cap);
            }
        }
        return new Operand(Operand.Mode.VALUE, s, result, null);
    }
}
