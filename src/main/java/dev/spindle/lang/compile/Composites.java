package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.types.Array;
import dev.spindle.lang.types.Constant;
import dev.spindle.lang.types.MapType;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Type;
import java.util.List;

/** Composite literals: structs, arrays, slices and maps; a fresh value every evaluation. */
final class Composites {
    private Composites() {}

    static void literal(FuncCompiler f, Expr.CompositeLit cl, Type t) {
        Emitter e = f.e;
        Type u = t.underlying();
        if (u instanceof Pointer p) {
            // An elided &T{...} inside another literal: the holder is the pointer.
            literal(f, cl, p.elem());
            return;
        }
        List<Expr> elts = cl.elts();
        switch (u) {
            case Struct st -> {
                int n = st.fields().size();
                Expr[] vals = new Expr[n];
                for (int i = 0; i < elts.size(); i++) {
                    Expr el = elts.get(i);
                    if (el instanceof Expr.KeyValue kv) {
                        String name = ((Expr.Ident) kv.key()).name();
                        vals[st.indexOf(name)] = kv.value();
                    } else {
                        vals[i] = el;
                    }
                }
                for (int i = 0; i < n; i++) {
                    Type ft = st.fields().get(i).type();
                    if (vals[i] == null) {
                        f.x.zero(ft, st.fields().get(i).name());
                    } else {
                        f.x.value(vals[i]);
                    }
                    f.box(Layouts.kind(ft));
                }
                e.emit(Opcode.NEW_STRUCT, 1 - n, e.constant(f.c.layouts.shape(t)), n);
            }
            case Array a -> {
                boolean keyed = elts.stream().anyMatch(x -> x instanceof Expr.KeyValue);
                if (!keyed && elts.size() == a.length()) {
                    for (Expr el : elts) {
                        f.x.value(el);
                        f.box(Layouts.kind(a.elem()));
                    }
                    e.emit(Opcode.NEW_ARRAY, 1 - elts.size(), elts.size(), Layouts.aggregate(a.elem()) ? 1 : 0);
                } else {
                    f.x.zero(t);
                    setElements(f, elts, a.elem());
                }
            }
            case Slice s -> {
                boolean keyed = elts.stream().anyMatch(x -> x instanceof Expr.KeyValue);
                if (!keyed) {
                    for (Expr el : elts) {
                        f.x.value(el);
                        f.box(Layouts.kind(s.elem()));
                    }
                    e.emit(Opcode.NEW_SLICE, 1 - elts.size(), elts.size());
                } else {
                    long len = 0;
                    long idx = 0;
                    for (Expr el : elts) {
                        if (el instanceof Expr.KeyValue kv) {
                            idx = constIndex(f, kv.key());
                        }
                        idx++;
                        len = Math.max(len, idx);
                    }
                    e.pushInt(len);
                    e.emit(Opcode.DUP, 1);
                    e.emit(Opcode.MAKE_SLICE, -1, e.constant(f.c.layouts.elem(s.elem())));
                    setElements(f, elts, s.elem());
                }
            }
            case MapType m -> {
                e.pushInt(elts.size());
                e.emit(Opcode.MAKE_MAP, 0, Layouts.identityKeys(m.key()) ? 1 : 0);
                for (Expr el : elts) {
                    Expr.KeyValue kv = (Expr.KeyValue) el;
                    e.emit(Opcode.DUP, 1);
                    keyOrValue(f, kv.key(), m.key());
                    f.box(Layouts.kind(m.key()));
                    keyOrValue(f, kv.value(), m.elem());
                    f.box(Layouts.kind(m.elem()));
                    e.emit(Opcode.MAP_SET, -3);
                }
            }
            default -> throw new IllegalStateException("composite literal of " + t);
        }
    }

    private static void keyOrValue(FuncCompiler f, Expr x, Type t) {
        if (x instanceof Expr.CompositeLit cl && cl.type() == null) {
            literal(f, cl, f.typeOf(cl) != null ? f.typeOf(cl) : t);
        } else {
            f.x.value(x);
        }
    }

    private static void setElements(FuncCompiler f, List<Expr> elts, Type elem) {
        Emitter e = f.e;
        long idx = 0;
        for (Expr el : elts) {
            Expr v = el;
            if (el instanceof Expr.KeyValue kv) {
                idx = constIndex(f, kv.key());
                v = kv.value();
            }
            e.emit(Opcode.DUP, 1);
            e.pushInt(idx);
            f.x.value(v);
            f.box(Layouts.kind(elem));
            e.emit(Opcode.SET_INDEX, -3);
            idx++;
        }
    }

    private static long constIndex(FuncCompiler f, Expr key) {
        Constant c = f.c.info.valueOf(key);
        return ((Constant.Int) c).value().longValue();
    }
}
