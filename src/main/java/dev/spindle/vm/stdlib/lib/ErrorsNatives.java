package dev.spindle.vm.stdlib.lib;

import dev.spindle.lang.types.Array;
import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.MethodSets;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Signature;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Type;
import dev.spindle.lang.types.Types;
import dev.spindle.lang.types.Universe;
import dev.spindle.vm.stdlib.GoValues;
import dev.spindle.vm.stdlib.NativeContext;
import dev.spindle.vm.stdlib.NativeFunction;
import dev.spindle.vm.stdlib.NativePanic;
import dev.spindle.vm.value.ArrayValue;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Package errors: New, Is, As, Unwrap, Join, following {@code errors/wrap.go}: Is and As walk the
 * chain through {@code Unwrap() error} and the trees of {@code Unwrap() []error}, asking
 * {@code Is(error) bool} / {@code As(any) bool} methods on the way.
 */
public final class ErrorsNatives {

    private static final Interface UNWRAP = iface("Unwrap", List.of(), List.of(Universe.ERROR));
    private static final Interface UNWRAP_MULTI = iface("Unwrap", List.of(), List.of(new Slice(Universe.ERROR)));
    private static final Interface IS = iface("Is", List.of(Universe.ERROR), List.of(Basic.BOOL));
    private static final Interface AS = iface("As", List.of(Universe.ANY), List.of(Basic.BOOL));

    private ErrorsNatives() {}

    private static Interface iface(String name, List<Type> params, List<Type> results) {
        return new Interface(List.of(new Interface.Method(name, Signature.of(params, results), "")), List.of());
    }

    public static void register(Map<String, NativeFunction> m) {
        m.put("errors.New", (ctx, a) -> GoValues.newPointerIface(ctx, "errors.errorString", a[0]));
        m.put("errors.errorString.Error", (ctx, a) -> ((StructValue) a[0]).fields[0]);
        m.put("errors.Unwrap", (ctx, a) -> unwrap(ctx, (IfaceValue) a[0]));
        m.put("errors.Is", (ctx, a) -> is(ctx, (IfaceValue) a[0], (IfaceValue) a[1]));
        m.put("errors.As", (ctx, a) -> as(ctx, (IfaceValue) a[0], (IfaceValue) a[1]));
        m.put("errors.Join", (ctx, a) -> join(ctx, (SliceValue) a[0]));
        m.put("errors.joinError.Error", (ctx, a) -> joinMessage(ctx, (StructValue) a[0]));
        m.put("errors.joinError.Unwrap", (ctx, a) -> ((StructValue) a[0]).fields[0]);
    }

    /** errors.Unwrap: the result of Unwrap() error, or nil (a multi-error does not unwrap here). */
    static Object unwrap(NativeContext ctx, IfaceValue err) {
        if (err == null || !MethodSets.implementsIface(err.dynType(), UNWRAP)) {
            return null;
        }
        return ctx.callMethod(err, "Unwrap");
    }

    static boolean is(NativeContext ctx, IfaceValue err, IfaceValue target) {
        if (err == null || target == null) {
            return err == target;
        }
        return isIn(ctx, err, target, Types.comparable(target.dynType()));
    }

    private static boolean isIn(NativeContext ctx, IfaceValue err, IfaceValue target, boolean comparable) {
        while (true) {
            if (comparable && Types.comparable(err.dynType()) && err.equals(target)) {
                return true;
            }
            if (MethodSets.implementsIface(err.dynType(), IS) && (Boolean) ctx.callMethod(err, "Is", target)) {
                return true;
            }
            if (MethodSets.implementsIface(err.dynType(), UNWRAP)) {
                err = (IfaceValue) ctx.callMethod(err, "Unwrap");
                if (err == null) {
                    return false;
                }
            } else if (MethodSets.implementsIface(err.dynType(), UNWRAP_MULTI)) {
                for (Object e : GoValues.elems((SliceValue) ctx.callMethod(err, "Unwrap"))) {
                    if (e != null && isIn(ctx, (IfaceValue) e, target, comparable)) {
                        return true;
                    }
                }
                return false;
            } else {
                return false;
            }
        }
    }

    static boolean as(NativeContext ctx, IfaceValue err, IfaceValue target) {
        if (err == null) {
            return false;
        }
        if (target == null) {
            throw NativePanic.ofString("errors: target cannot be nil");
        }
        if (!(target.dynType().underlying() instanceof Pointer ptr) || target.value() == null) {
            throw NativePanic.ofString("errors: target must be a non-nil pointer");
        }
        Type want = ptr.elem();
        if (!(want.underlying() instanceof Interface) && !MethodSets.implementsIface(want, errorIface())) {
            throw NativePanic.ofString("errors: *target must be interface or implement error");
        }
        return asIn(ctx, err, target, want);
    }

    private static boolean asIn(NativeContext ctx, IfaceValue err, IfaceValue target, Type want) {
        while (true) {
            if (Types.assignable(err.dynType(), want)) {
                store(target, want, want.underlying() instanceof Interface ? err : err.value());
                return true;
            }
            if (MethodSets.implementsIface(err.dynType(), AS) && (Boolean) ctx.callMethod(err, "As", target)) {
                return true;
            }
            if (MethodSets.implementsIface(err.dynType(), UNWRAP)) {
                err = (IfaceValue) ctx.callMethod(err, "Unwrap");
                if (err == null) {
                    return false;
                }
            } else if (MethodSets.implementsIface(err.dynType(), UNWRAP_MULTI)) {
                for (Object e : GoValues.elems((SliceValue) ctx.callMethod(err, "Unwrap"))) {
                    if (e != null && asIn(ctx, (IfaceValue) e, target, want)) {
                        return true;
                    }
                }
                return false;
            } else {
                return false;
            }
        }
    }

    /** *target = v, where struct and array pointees are their holders. */
    private static void store(IfaceValue target, Type want, Object v) {
        Object p = target.value();
        Type u = want.underlying();
        if (u instanceof Struct) {
            ((StructValue) p).assignFrom((StructValue) v);
        } else if (u instanceof Array) {
            ((ArrayValue) p).assignFrom((ArrayValue) v);
        } else {
            ((dev.spindle.vm.value.Pointer) p).store(v);
        }
    }

    private static Interface errorIface() {
        return (Interface) Universe.ERROR.underlying();
    }

    /** errors.Join: nil if every error is nil, else *errors.joinError of the non-nil ones. */
    static Object join(NativeContext ctx, SliceValue errs) {
        List<Object> kept = new ArrayList<>();
        for (Object e : GoValues.elems(errs)) {
            if (e != null) {
                kept.add(e);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        return GoValues.newPointerIface(ctx, "errors.joinError", SliceValue.of(kept.toArray()));
    }

    private static String joinMessage(NativeContext ctx, StructValue e) {
        StringBuilder sb = new StringBuilder();
        Object[] errs = GoValues.elems((SliceValue) e.fields[0]);
        for (int i = 0; i < errs.length; i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append((String) ctx.callMethod((IfaceValue) errs[i], "Error"));
        }
        return sb.toString();
    }
}
