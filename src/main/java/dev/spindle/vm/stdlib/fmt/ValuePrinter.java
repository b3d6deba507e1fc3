package dev.spindle.vm.stdlib.fmt;

import dev.spindle.lang.types.Array;
import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Chan;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.MapType;
import dev.spindle.lang.types.Signature;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Type;
import dev.spindle.lang.types.TypeString;
import dev.spindle.vm.stdlib.NativeContext;
import dev.spindle.vm.stdlib.NativePanic;
import dev.spindle.vm.stdlib.text.Utf8;
import dev.spindle.vm.value.ArrayValue;
import dev.spindle.vm.value.Elems;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.MapValue;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;

/**
 * How fmt prints a Go value of any kind: Go's {@code printArg}, {@code handleMethods} and
 * {@code printValue} over the VM's value representation, with the checker's types standing in for
 * reflection. Basic values go to {@link Fmt}; errors and Stringers print through their method (a
 * panic in it prints as {@code %!v(PANIC=String method: ...)}, or {@code <nil>} for a nil pointer
 * receiver); composites print as {@code [1 2]}, {@code map[a:1]} (sorted keys), {@code {1 2}},
 * {@code &{1 2}} at the top level, and nested pointers as addresses.
 */
final class ValuePrinter implements Operands {

    private final NativeContext ctx;

    ValuePrinter(NativeContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A type as reflect prints it, as a byte string: identifiers are Java text in the checker's
     * types (main.Größe), while fmt writes bytes.
     */
    static String typeName(Type t) {
        return Utf8.fromJava(TypeString.of(t));
    }

    @Override
    public String typeString(Object arg) {
        return typeName(((IfaceValue) arg).dynType());
    }

    @Override
    public Long intValue(Object arg) {
        IfaceValue iv = (IfaceValue) arg;
        if (iv.dynType().underlying() instanceof Basic b && b.isInteger()) {
            long n = (Long) iv.value();
            if (b.isUnsigned() && n < 0) {
                return null;
            }
            return n;
        }
        return null;
    }

    @Override
    public boolean isString(Object arg) {
        return ((IfaceValue) arg).dynType().underlying() instanceof Basic b && b.isString();
    }

    @Override
    public boolean isError(Object arg) {
        return Methods.isError(((IfaceValue) arg).dynType());
    }

    @Override
    public void printArg(Printer p, Object arg, int verb) {
        if (arg == null) {
            if (verb == 'T' || verb == 'v') {
                p.fmt.pad("<nil>");
            } else {
                p.badVerb(verb, null);
            }
            return;
        }
        IfaceValue iv = (IfaceValue) arg;
        Type t = iv.dynType();
        Object v = iv.value();
        if (verb == 'T') {
            p.fmt.fmtS(typeName(t));
            return;
        }
        if (verb == 'p') {
            fmtPointer(p, t, v, 'p');
            return;
        }
        // Unnamed basic types and []byte print without looking for methods, as in Go's type switch.
        if (t instanceof Basic b) {
            printBasic(p, b, v, verb, iv);
            return;
        }
        if (t instanceof Slice s && s.elem() instanceof Basic e && e.kind() == Basic.Kind.UINT8) {
            fmtBytes(p, (SliceValue) v, verb, typeName(t), t, 0);
            return;
        }
        if (!handleMethods(p, iv, verb)) {
            printValue(p, t, v, verb, 0, true);
        }
    }

    /**
     * Error() or String() if the verb accepts a string and the value has one: Go's handleMethods.
     * Returns whether it printed.
     */
    private boolean handleMethods(Printer p, IfaceValue arg, int verb) {
        if (p.erroring) {
            return false;
        }
        Type t = arg.dynType();
        if (p.flags.sharpV) {
            if (Methods.isGoStringer(t)) {
                callAndPrint(p, arg, verb, "GoString", true);
                return true;
            }
            return false;
        }
        switch (verb) {
            case 'v', 's', 'x', 'X', 'q' -> {
                if (Methods.isError(t)) {
                    callAndPrint(p, arg, verb, "Error", false);
                    return true;
                }
                if (Methods.isStringer(t)) {
                    callAndPrint(p, arg, verb, "String", false);
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private void callAndPrint(Printer p, IfaceValue arg, int verb, String method, boolean plain) {
        String s;
        try {
            s = (String) ctx.callMethod(arg, method);
        } catch (NativePanic panic) {
            catchPanic(p, arg, verb, method, panic);
            return;
        }
        if (plain) {
            p.fmt.fmtS(s);
        } else {
            fmtString(p, s, verb, arg);
        }
    }

    /** Go's catchPanic: a nil pointer receiver prints {@code <nil>}; any other panic is described. */
    private void catchPanic(Printer p, IfaceValue arg, int verb, String method, NativePanic panic) {
        if (arg.dynType().underlying() instanceof dev.spindle.lang.types.Pointer && arg.value() == null) {
            p.buf.append("<nil>");
            return;
        }
        if (p.panicking) {
            throw panic; // nested panics: the recursion cannot succeed
        }
        Flags old = p.flags.copy();
        p.flags.clear();
        p.buf.append("%!");
        p.appendRune(verb);
        p.buf.append("(PANIC=").append(method).append(" method: ");
        p.panicking = true;
        try {
            if (panic.runtimeError() != null) {
                p.buf.append("runtime error: ").append(panic.runtimeError());
            } else {
                printArg(p, panic.value(), 'v');
            }
        } finally {
            p.panicking = false;
        }
        p.buf.append(')');
        p.flags.restore(old);
    }

    private void printBasic(Printer p, Basic b, Object v, int verb, IfaceValue self) {
        switch (b.kind()) {
            case BOOL -> fmtBool(p, (Boolean) v, verb, self);
            case STRING -> fmtString(p, (String) v, verb, self);
            case FLOAT32 -> fmtFloat(p, (Double) v, 32, verb, self);
            case FLOAT64 -> fmtFloat(p, (Double) v, 64, verb, self);
            default -> fmtInteger(p, (Long) v, !b.isUnsigned(), verb, self);
        }
    }

    private static void fmtBool(Printer p, boolean v, int verb, IfaceValue self) {
        if (verb == 't' || verb == 'v') {
            p.fmt.fmtBoolean(v);
        } else {
            p.badVerb(verb, self);
        }
    }

    private static void fmtInteger(Printer p, long v, boolean signed, int verb, IfaceValue self) {
        Fmt f = p.fmt;
        switch (verb) {
            case 'v' -> {
                if (p.flags.sharpV && !signed) {
                    f.fmt0x64(v, true);
                } else {
                    f.fmtInteger(v, 10, signed, verb, Fmt.LDIGITS);
                }
            }
            case 'd' -> f.fmtInteger(v, 10, signed, verb, Fmt.LDIGITS);
            case 'b' -> f.fmtInteger(v, 2, signed, verb, Fmt.LDIGITS);
            case 'o', 'O' -> f.fmtInteger(v, 8, signed, verb, Fmt.LDIGITS);
            case 'x' -> f.fmtInteger(v, 16, signed, verb, Fmt.LDIGITS);
            case 'X' -> f.fmtInteger(v, 16, signed, verb, Fmt.UDIGITS);
            case 'c' -> f.fmtC(v);
            case 'q' -> f.fmtQc(v);
            case 'U' -> f.fmtUnicode(v);
            default -> p.badVerb(verb, self);
        }
    }

    private static void fmtFloat(Printer p, double v, int size, int verb, IfaceValue self) {
        switch (verb) {
            case 'v' -> p.fmt.fmtFloat(v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> p.fmt.fmtFloat(v, size, verb, -1);
            case 'f', 'e', 'E', 'F' -> p.fmt.fmtFloat(v, size, verb, 6);
            default -> p.badVerb(verb, self);
        }
    }

    private static void fmtString(Printer p, String v, int verb, IfaceValue self) {
        switch (verb) {
            case 'v' -> {
                if (p.flags.sharpV) {
                    p.fmt.fmtQ(v);
                } else {
                    p.fmt.fmtS(v);
                }
            }
            case 's' -> p.fmt.fmtS(v);
            case 'x' -> p.fmt.fmtSbx(v, Fmt.LDIGITS);
            case 'X' -> p.fmt.fmtSbx(v, Fmt.UDIGITS);
            case 'q' -> p.fmt.fmtQ(v);
            default -> p.badVerb(verb, self);
        }
    }

    /** Byte slices and arrays: %s %q %x %X treat them as strings, %v and %d as lists of numbers. */
    private void fmtBytes(Printer p, SliceValue v, int verb, String typeString, Type t, int depth) {
        switch (verb) {
            case 'v', 'd' -> {
                if (p.flags.sharpV) {
                    p.buf.append(typeString);
                    if (v == null) {
                        p.buf.append("(nil)");
                        return;
                    }
                    p.buf.append('{');
                    for (int i = 0; i < v.len; i++) {
                        if (i > 0) {
                            p.buf.append(", ");
                        }
                        p.fmt.fmt0x64((Long) v.get(i), true);
                    }
                    p.buf.append('}');
                } else {
                    p.buf.append('[');
                    int n = v == null ? 0 : v.len;
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            p.buf.append(' ');
                        }
                        p.fmt.fmtInteger((Long) v.get(i), 10, false, verb, Fmt.LDIGITS);
                    }
                    p.buf.append(']');
                }
            }
            case 's' -> p.fmt.fmtS(bytesOf(v));
            case 'x' -> p.fmt.fmtSbx(bytesOf(v), Fmt.LDIGITS);
            case 'X' -> p.fmt.fmtSbx(bytesOf(v), Fmt.UDIGITS);
            case 'q' -> p.fmt.fmtQ(bytesOf(v));
            default -> printSliceOrArray(p, t, v == null ? null : v.toArray(), v == null, verb, depth, true);
        }
    }

    private static String bytesOf(SliceValue v) {
        if (v == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(v.len);
        for (int i = 0; i < v.len; i++) {
            sb.append((char) (((Long) v.get(i)) & 0xff));
        }
        return sb.toString();
    }

    private static String bytesOf(Object[] elems) {
        StringBuilder sb = new StringBuilder(elems.length);
        for (Object e : elems) {
            sb.append((char) (((Long) e) & 0xff));
        }
        return sb.toString();
    }

    /**
     * Go's printValue: v has static type t. {@code canInterface} is false below unexported struct
     * fields, where Go's reflection may not call methods.
     */
    void printValue(Printer p, Type t, Object v, int verb, int depth, boolean canInterface) {
        Type u = t.underlying();
        if (depth > 0 && canInterface && !(u instanceof Interface)) {
            if (handleMethods(p, new IfaceValue(t, v), verb)) {
                return;
            }
        }
        IfaceValue self = new IfaceValue(t, v);
        switch (u) {
            case Basic b -> printBasic(p, b, v, verb, self);
            case MapType m -> {
                MapValue map = (MapValue) v;
                if (p.flags.sharpV) {
                    p.buf.append(typeName(t));
                    if (map == null) {
                        p.buf.append("(nil)");
                        return;
                    }
                    p.buf.append('{');
                } else {
                    p.buf.append("map[");
                }
                if (map != null) {
                    Object[][] pairs = map.entryPairs();
                    java.util.Comparator<Object> byKey = MapKeys.comparator(m.key(), ctx);
                    java.util.Arrays.sort(pairs, (x, y) -> byKey.compare(x[0], y[0]));
                    for (int i = 0; i < pairs.length; i++) {
                        if (i > 0) {
                            p.buf.append(p.flags.sharpV ? ", " : " ");
                        }
                        printValue(p, m.key(), pairs[i][0], verb, depth + 1, canInterface);
                        p.buf.append(':');
                        printValue(p, m.elem(), pairs[i][1], verb, depth + 1, canInterface);
                    }
                }
                p.buf.append(p.flags.sharpV ? '}' : ']');
            }
            case Struct s -> {
                StructValue sv = (StructValue) v;
                if (p.flags.sharpV) {
                    p.buf.append(typeName(t));
                }
                p.buf.append('{');
                for (int i = 0; i < s.fields().size(); i++) {
                    Struct.Field field = s.fields().get(i);
                    if (i > 0) {
                        p.buf.append(p.flags.sharpV ? ", " : " ");
                    }
                    if (p.flags.plusV || p.flags.sharpV) {
                        p.buf.append(Utf8.fromJava(field.name())).append(':');
                    }
                    printValue(p, field.type(), sv.fields[i], verb, depth + 1, canInterface && field.exported());
                }
                p.buf.append('}');
            }
            case Interface i -> {
                if (v == null) {
                    if (p.flags.sharpV) {
                        p.buf.append(typeName(t)).append("(nil)");
                    } else {
                        p.buf.append("<nil>");
                    }
                } else if (v instanceof IfaceValue inner) {
                    printValue(p, inner.dynType(), inner.value(), verb, depth + 1, canInterface);
                } else {
                    // A library struct's hidden runtime state (sync.Mutex, timers) kept as a Java
                    // object in an interface field: opaque, so it prints as an address.
                    p.fmt.fmt0x64(ctx.addressOf(v), true);
                }
            }
            case Array a -> {
                ArrayValue av = (ArrayValue) v;
                Object[] elems = Elems.boxed(av.elems, 0, av.length());
                if (isByte(a.elem()) && isStringVerb(verb)) {
                    fmtString(p, bytesOf(elems), verb, self);
                    return;
                }
                printSliceOrArray(p, t, elems, false, verb, depth, canInterface);
            }
            case Slice sl -> {
                SliceValue s = (SliceValue) v;
                if (isByte(sl.elem()) && isStringVerb(verb)) {
                    fmtString(p, bytesOf(s), verb, self);
                    return;
                }
                printSliceOrArray(p, t, s == null ? new Object[0] : s.toArray(), s == null, verb, depth, canInterface);
            }
            case dev.spindle.lang.types.Pointer ptr -> {
                // A pointer to an array, slice, struct or map prints as &{...} at the top level only
                // (deeper, it could loop).
                if (depth == 0 && v != null) {
                    Type elemU = ptr.elem().underlying();
                    if (elemU instanceof Array || elemU instanceof Slice || elemU instanceof Struct
                            || elemU instanceof MapType) {
                        p.buf.append('&');
                        printValue(p, ptr.elem(), load(ptr, v), verb, depth + 1, canInterface);
                        return;
                    }
                }
                fmtPointer(p, t, v, verb);
            }
            case Chan c -> fmtPointer(p, t, v, verb);
            case Signature sig -> fmtPointer(p, t, v, verb);
            default -> p.buf.append('?').append(typeName(t)).append('?');
        }
    }

    private static boolean isByte(Type t) {
        return t.underlying() instanceof Basic b && b.kind() == Basic.Kind.UINT8;
    }

    private static boolean isStringVerb(int verb) {
        return verb == 's' || verb == 'q' || verb == 'x' || verb == 'X';
    }

    private void printSliceOrArray(Printer p, Type t, Object[] elems, boolean nil, int verb, int depth,
            boolean canInterface) {
        Type elem = t.underlying() instanceof Slice s ? s.elem() : ((Array) t.underlying()).elem();
        if (p.flags.sharpV) {
            p.buf.append(typeName(t));
            if (nil) {
                p.buf.append("(nil)");
                return;
            }
            p.buf.append('{');
            for (int i = 0; i < elems.length; i++) {
                if (i > 0) {
                    p.buf.append(", ");
                }
                printValue(p, elem, elems[i], verb, depth + 1, canInterface);
            }
            p.buf.append('}');
        } else {
            p.buf.append('[');
            for (int i = 0; i < elems.length; i++) {
                if (i > 0) {
                    p.buf.append(' ');
                }
                printValue(p, elem, elems[i], verb, depth + 1, canInterface);
            }
            p.buf.append(']');
        }
    }

    /** *p for a pointer of type ptr: struct and array pointers are the holder itself. */
    private static Object load(dev.spindle.lang.types.Pointer ptr, Object v) {
        Type elemU = ptr.elem().underlying();
        if (elemU instanceof Struct || elemU instanceof Array) {
            return v;
        }
        return ((dev.spindle.vm.value.Pointer) v).load();
    }

    /** Go's fmtPointer: %p, and %v of chans, funcs and nested pointers, as addresses. */
    private void fmtPointer(Printer p, Type t, Object v, int verb) {
        Type u = t.underlying();
        long addr;
        switch (u) {
            case Chan c -> addr = address(v);
            case Signature s -> addr = address(v);
            case MapType m -> addr = address(v);
            case dev.spindle.lang.types.Pointer ptr -> addr = address(v);
            case Slice s -> addr = v == null ? 0 : address(((SliceValue) v).array) + 8L * ((SliceValue) v).offset;
            default -> {
                p.badVerb(verb, new IfaceValue(t, v));
                return;
            }
        }
        switch (verb) {
            case 'v' -> {
                if (p.flags.sharpV) {
                    p.buf.append('(').append(typeName(t)).append(")(");
                    if (addr == 0) {
                        p.buf.append("nil");
                    } else {
                        p.fmt.fmt0x64(addr, true);
                    }
                    p.buf.append(')');
                } else if (addr == 0) {
                    p.fmt.pad("<nil>");
                } else {
                    p.fmt.fmt0x64(addr, !p.flags.sharp);
                }
            }
            case 'p' -> p.fmt.fmt0x64(addr, !p.flags.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(p, addr, false, verb, new IfaceValue(t, v));
            default -> p.badVerb(verb, new IfaceValue(t, v));
        }
    }

    private long address(Object v) {
        return v == null ? 0 : ctx.addressOf(v);
    }
}
