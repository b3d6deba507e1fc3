package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.types.MapType;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Selection;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;

/**
 * The left side of an assignment. {@link #prepare} evaluates its operands once (into
 * temporaries), then {@link #load} and {@link #store} may be used (op-assign uses both).
 * A plain single assignment uses {@link #assign} instead, which leaves the operands on the
 * stack in Go's order (operands, then the value, then the store) with no temporaries.
 */
abstract class LValue {
    final FuncCompiler f;
    final Type type;

    LValue(FuncCompiler f, Type type) {
        this.f = f;
        this.type = type;
    }

    void prepare() {
    }

    /**
     * {@link #prepare} for {@code x op= y} and {@code x++} alone: an operand that is a plain
     * local is read from its slot at each use instead of a temporary, since nothing between
     * here and the store can assign it (no expression assigns, and a local a closure or a
     * pointer can reach is boxed). Tuples must use prepare: an earlier store may assign it.
     */
    void prepareInPlace() {
        prepare();
    }

    abstract void load();

    /** Stores the value the emitter pushes (in the type's kind; aggregates must be copies). */
    abstract void store(Runnable value);

    /**
     * {@code lhs = value} on its own: the left operands, then the value, then the store, as Go
     * orders them. Operands pushed on the stack stay there while the value is evaluated (calls
     * run above them), so they need no temporaries; op-assign and tuples still use
     * {@link #prepare}, as they read an operand twice or store after every value.
     */
    void assign(Runnable value) {
        prepare();
        store(value);
    }

    static LValue of(FuncCompiler f, Expr x) {
        Expr u = Expr.unparen(x);
        Type t = f.typeOf(u);
        switch (u) {
            case Expr.Ident id when id.name().equals("_") -> {
                return new LValue(f, t) {
                    @Override void load() { throw new IllegalStateException("load of _"); }
                    @Override void store(Runnable value) {
                        value.run();
                        f.e.emit(Opcode.POP, -1);
                    }
                };
            }
            case Expr.Ident id -> {
                Symbol.Var v = (Symbol.Var) f.c.info.symbolOf(id);
                return new LValue(f, v.type()) {
                    @Override void load() { f.loadVar(v); }
                    @Override void store(Runnable value) { f.storeVar(v, value); }
                };
            }
            case Expr.Selector s -> {
                Selection sel = f.c.info.selections().get(s);
                if (sel.kind() == Selection.Kind.QUALIFIED) {
                    Symbol.Var v = (Symbol.Var) sel.member();
                    return new LValue(f, v.type()) {
                        @Override void load() { f.loadVar(v); }
                        @Override void store(Runnable value) { f.storeVar(v, value); }
                    };
                }
                return new Holder(f, t) {
                    @Override void pushContainer() {
                        f.x.expr(s.x());
                        Type cur = f.typeOf(s.x());
                        int last = sel.path().size() - 1;
                        for (int i = 0; i < last; i++) {
                            Struct st = ExprCompiler.structOf(cur);
                            int idx = sel.path().get(i);
                            f.e.emit(Opcode.FIELD, 0, idx);
                            cur = st.fields().get(idx).type();
                        }
                    }
                    @Override int plainContainer() {
                        return sel.path().size() == 1 ? f.x.plainSlot(s.x()) : -1;
                    }
                    @Override void get() { f.e.emit(Opcode.FIELD, 0, sel.path().getLast()); }
                    @Override void set() { f.e.emit(Opcode.SET_FIELD, -2, sel.path().getLast()); }
                };
            }
            case Expr.Index ix -> {
                Type ct = f.typeOf(ix.x());
                if (ct.underlying() instanceof MapType m) {
                    return new Keyed(f, t, ix, m);
                }
                return new Holder(f, t) {
                    int idxTemp;
                    @Override void pushContainer() {
                        f.x.expr(ix.x());
                    }
                    @Override int plainContainer() {
                        return f.x.plainSlot(ix.x());
                    }
                    @Override void prepareIndex() {
                        f.x.expr(ix.indices().getFirst());
                        idxTemp = f.temp(dev.spindle.lang.types.Basic.INT);
                        f.e.emit(Opcode.STORE, -1, idxTemp);
                    }
                    @Override void prepareIndexInPlace() {
                        idxTemp = f.x.plainLocal(ix.indices().getFirst());
                        if (idxTemp < 0) {
                            prepareIndex();
                        }
                    }
                    @Override void pushIndex() {
                        f.e.emit(Opcode.LOAD, 1, idxTemp);
                    }
                    @Override void evalIndex() {
                        f.x.expr(ix.indices().getFirst());
                    }
                    @Override void get() {
                        f.e.emit(Opcode.INDEX, -1);
                    }
                    @Override void set() {
                        // stack: container index value
                        f.e.emit(Opcode.SET_INDEX, -3);
                    }
                };
            }
            case Expr.Star st -> {
                Type pt = f.typeOf(st.x());
                Type elem = ((Pointer) pt.underlying()).elem();
                return new LValue(f, elem) {
                    int ptr;
                    @Override void prepare() {
                        f.x.expr(st.x());
                        ptr = f.temp(Kind.REF);
                        f.e.emit(Opcode.STORE, -1, ptr);
                    }
                    @Override void load() {
                        f.e.emit(Opcode.LOAD, 1, ptr);
                        if (Layouts.aggregate(elem)) {
                            f.e.emit(Opcode.NIL_CHECK, 0);
                        } else {
                            f.e.emit(Opcode.DEREF, 0);
                            f.unbox(Layouts.kind(elem));
                        }
                    }
                    @Override void store(Runnable value) {
                        f.e.emit(Opcode.LOAD, 1, ptr);
                        storeThrough(value);
                    }
                    @Override void assign(Runnable value) {
                        f.x.expr(st.x());
                        storeThrough(value);
                    }
                    private void storeThrough(Runnable value) {
                        value.run();
                        if (Layouts.aggregate(elem)) {
                            f.e.emit(Opcode.ASSIGN, -2);
                        } else {
                            f.box(Layouts.kind(elem));
                            f.e.emit(Opcode.STORE_PTR, -2);
                        }
                    }
                };
            }
            default -> throw new IllegalStateException("cannot assign to " + u.getClass().getSimpleName());
        }
    }

    /** A field or element: the container is evaluated once into a temporary. */
    abstract static class Holder extends LValue {
        int container;

        Holder(FuncCompiler f, Type type) {
            super(f, type);
        }

        abstract void pushContainer();

        void prepareIndex() {
        }

        /** The container's slot when it is a plain local read in place (see prepareInPlace), else -1. */
        int plainContainer() {
            return -1;
        }

        void prepareIndexInPlace() {
            prepareIndex();
        }

        /** Pushes the index kept by {@link #prepareIndex} (elements only). */
        void pushIndex() {
        }

        /** Evaluates the index onto the stack, for {@link #assign} (elements only). */
        void evalIndex() {
        }

        /** Container and index (for an element) on the stack: pushes the element or field. */
        abstract void get();

        /** Container, index (for an element) and value on the stack: stores. */
        abstract void set();

        @Override
        void prepare() {
            pushContainer();
            container = f.temp(Kind.REF);
            f.e.emit(Opcode.STORE, -1, container);
            prepareIndex();
        }

        @Override
        void prepareInPlace() {
            container = plainContainer();
            if (container < 0) {
                pushContainer();
                container = f.temp(Kind.REF);
                f.e.emit(Opcode.STORE, -1, container);
            }
            prepareIndexInPlace();
        }

        @Override
        void load() {
            f.e.emit(Opcode.LOAD, 1, container);
            pushIndex();
            get();
            if (!Layouts.aggregate(type)) {
                f.unbox(Layouts.kind(type));
            }
        }

        @Override
        void store(Runnable value) {
            f.e.emit(Opcode.LOAD, 1, container);
            pushIndex();
            storeInto(value);
        }

        @Override
        void assign(Runnable value) {
            pushContainer();
            evalIndex();
            storeInto(value);
        }

        private void storeInto(Runnable value) {
            if (Layouts.aggregate(type)) {
                // Assign into the element's holder, so pointers to it see the change.
                get();
                value.run();
                f.e.emit(Opcode.ASSIGN, -2);
                return;
            }
            value.run();
            f.box(Layouts.kind(type));
            set();
        }
    }

    /** {@code m[k]}: map and key evaluated once. */
    static final class Keyed extends LValue {
        private final Expr.Index ix;
        private final MapType m;
        private int map;
        private int key;

        Keyed(FuncCompiler f, Type type, Expr.Index ix, MapType m) {
            super(f, type);
            this.ix = ix;
            this.m = m;
        }

        @Override
        void prepare() {
            f.x.expr(ix.x());
            map = f.temp(Kind.REF);
            f.e.emit(Opcode.STORE, -1, map);
            f.x.value(ix.indices().getFirst());
            f.box(Layouts.kind(m.key()));
            key = f.temp(Kind.REF);
            f.e.emit(Opcode.STORE, -1, key);
        }

        @Override
        void load() {
            f.e.emit(Opcode.LOAD, 1, map);
            f.e.emit(Opcode.LOAD, 1, key);
            f.e.emit(Opcode.MAP_GET, -1, f.e.constant(f.c.layouts.zero(m.elem())));
            f.unbox(Layouts.kind(m.elem()));
        }

        @Override
        void store(Runnable value) {
            f.e.emit(Opcode.LOAD, 1, map);
            f.e.emit(Opcode.LOAD, 1, key);
            set(value);
        }

        @Override
        void assign(Runnable value) {
            f.x.expr(ix.x());
            f.x.value(ix.indices().getFirst());
            f.box(Layouts.kind(m.key()));
            set(value);
        }

        private void set(Runnable value) {
            value.run();
            f.box(Layouts.kind(m.elem()));
            f.e.at(ix.lbrack());
            f.e.emit(Opcode.MAP_SET, -3);
        }
    }
}
