package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Type;

/** Explicit conversions {@code T(x)}: numeric width and representation changes, strings, interfaces. */
final class Conversions {
    private Conversions() {}

    static void convert(FuncCompiler f, Expr arg, Type target) {
        Emitter e = f.e;
        Type from = f.typeOf(arg);
        if (Layouts.isInterface(target)) {
            f.x.value(arg);
            f.x.convertValue(from, target);
            return;
        }
        Type tu = target.underlying();
        Type fu = from.underlying();
        if (Layouts.isString(target)) {
            f.x.expr(arg);
            if (fu instanceof Basic b && Layouts.kind(from) == Kind.INT) {
                e.emit(Opcode.STR_FROM_RUNE, 0);
            } else if (fu instanceof Slice s) {
                Type el = s.elem().underlying();
                boolean bytes = el instanceof Basic b && b.kind() == Basic.Kind.UINT8;
                e.emit(bytes ? Opcode.STR_FROM_BYTES : Opcode.STR_FROM_RUNES, 0);
            }
            return;
        }
        if (tu instanceof Slice s && Layouts.isString(from)) {
            f.x.expr(arg);
            Type el = s.elem().underlying();
            boolean bytes = el instanceof Basic b && b.kind() == Basic.Kind.UINT8;
            e.emit(bytes ? Opcode.BYTES_FROM_STR : Opcode.RUNES_FROM_STR, 0);
            return;
        }
        int fk = Layouts.kind(from);
        int tk = Layouts.kind(target);
        if (fk == Kind.INT && tk == Kind.FLOAT) {
            f.x.expr(arg);
            e.emit(Layouts.isUnsigned64(from) ? Opcode.U2F : Opcode.I2F, 0);
            if (Layouts.isFloat32(target)) {
                e.emit(Opcode.F32, 0);
            }
            return;
        }
        if (fk == Kind.FLOAT && tk == Kind.INT) {
            f.x.expr(arg);
            e.emit(Layouts.isUnsigned64(target) ? Opcode.F2U : Opcode.F2I, 0);
            f.x.narrow(target);
            return;
        }
        if (fk == Kind.FLOAT && tk == Kind.FLOAT) {
            f.x.expr(arg);
            if (Layouts.isFloat32(target)) {
                e.emit(Opcode.F32, 0);
            }
            return;
        }
        if (fk == Kind.INT && tk == Kind.INT) {
            f.x.expr(arg);
            f.x.narrow(target);
            return;
        }
        f.x.value(arg);
    }
}
