package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.types.Selection;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;

/**
 * {@code &x}: a variable's box (or holder), a field or element pointer, or a fresh holder
 * for {@code &T{...}}. Aggregates need no pointer object: their holder is the address.
 */
final class Addresses {
    private Addresses() {}

    static void addressOf(FuncCompiler f, Expr x) {
        Emitter e = f.e;
        Expr u = Expr.unparen(x);
        Type t = f.typeOf(u);
        switch (u) {
            case Expr.Ident id -> {
                Symbol.Var v = (Symbol.Var) f.c.info.symbolOf(id);
                f.addressOfVar(v);
            }
            case Expr.CompositeLit cl -> {
                f.x.raw(cl);
                if (!Layouts.aggregate(t)) {
                    e.emit(Opcode.NEW_BOX, 0);
                }
            }
            case Expr.Selector s -> {
                Selection sel = f.c.info.selections().get(s);
                if (sel.kind() == Selection.Kind.QUALIFIED) {
                    f.addressOfVar((Symbol.Var) sel.member());
                    return;
                }
                f.x.expr(s.x());
                Type cur = f.typeOf(s.x());
                for (int i = 0; i < sel.path().size(); i++) {
                    Struct st = ExprCompiler.structOf(cur);
                    int idx = sel.path().get(i);
                    Type ft = st.fields().get(idx).type();
                    boolean last = i == sel.path().size() - 1;
                    e.emit(last && !Layouts.aggregate(ft) ? Opcode.FIELD_ADDR : Opcode.FIELD, 0, idx);
                    cur = ft;
                }
            }
            case Expr.Index ix -> {
                f.x.expr(ix.x());
                f.x.expr(ix.indices().getFirst());
                e.emit(Layouts.aggregate(t) ? Opcode.INDEX : Opcode.INDEX_ADDR, -1);
            }
            case Expr.Star st -> f.x.expr(st.x());
            default -> throw new IllegalStateException("cannot take the address of " + u.getClass().getSimpleName());
        }
    }
}
