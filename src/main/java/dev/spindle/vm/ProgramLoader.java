package dev.spindle.vm;

import dev.spindle.lang.compile.Backing;
import dev.spindle.lang.compile.ElemInfo;
import dev.spindle.lang.compile.FuncProto;
import dev.spindle.lang.compile.Program;
import dev.spindle.lang.compile.StructLayout;
import dev.spindle.lang.compile.ZeroValue;
import dev.spindle.vm.value.ArrayValue;
import dev.spindle.vm.value.Elems;
import dev.spindle.vm.value.StructShape;
import dev.spindle.vm.value.StructValue;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The load step between compiler and machine. The compiler describes struct types
 * ({@link StructLayout}) and aggregate zeros ({@link ZeroValue}) without knowing the vm's
 * value classes; this turns those descriptions into runtime values: one {@link StructShape}
 * per layout and zero templates the interpreter copies. Constant pools are rewritten in place
 * once per Program (a loaded pool holds no descriptions, so loading again is a no-op): the
 * interpreter keeps reading {@code proto.consts()} directly, with no extra indirection.
 */
final class ProgramLoader {
    private final Map<StructLayout, StructShape> shapes = new IdentityHashMap<>();

    private ProgramLoader() {}

    /** Links every constant pool of the program; safe to call for each run of the same Program. */
    static void load(Program program) {
        synchronized (program) {
            ProgramLoader l = new ProgramLoader();
            Map<FuncProto, Boolean> seen = new IdentityHashMap<>();
            l.linkProto(program.init(), seen);
            l.linkProto(program.main(), seen);
            for (FuncProto p : program.functions()) {
                l.linkProto(p, seen);
            }
        }
    }

    /** The runtime template for a package variable's zero (a description from the compiler). */
    static Object zero(Object description) {
        return new ProgramLoader().template(description);
    }

    /** Links p and the protos its constants name; a work list, since literals nest 50,000 deep. */
    private void linkProto(FuncProto root, Map<FuncProto, Boolean> seen) {
        java.util.ArrayDeque<FuncProto> work = new java.util.ArrayDeque<>();
        if (root != null) {
            work.push(root);
        }
        while (!work.isEmpty()) {
            FuncProto p = work.pop();
            if (seen.put(p, Boolean.TRUE) != null) {
                continue;
            }
            Object[] k = p.consts();
            for (int i = 0; i < k.length; i++) {
                Object c = k[i];
                switch (c) {
                    case StructLayout s -> k[i] = shape(s);
                    case ZeroValue z -> k[i] = template(z);
                    case ElemInfo e when e.zero() instanceof ZeroValue z ->
                            k[i] = new ElemInfo(e.size(), template(z), e.inline(), e.kind(), e.typeName(), e.objectName(), e.backing());
                    case FuncProto f -> work.push(f);
                    case null, default -> { }
                }
            }
        }
    }

    private StructShape shape(StructLayout s) {
        return shapes.computeIfAbsent(s, l -> new StructShape(l.name(), l.fieldNames(), l.inline()));
    }

    /**
     * {@link #value}, unless the value cannot fit in the JVM's heap at all: a struct of two
     * {@code [1<<30]int64} arrays filled a 4 GB array for a minute and a half before the
     * second one failed; Go's answer (it maps such memory lazily, or fails) comes at once.
     */
    private Object template(Object d) {
        if (bytes(d) > Runtime.getRuntime().maxMemory()) {
            throw new GoFatal("out of memory");
        }
        return value(d);
    }

    /** The Java bytes a description's value takes, at least (saturating; scalars are shared). */
    private static long bytes(Object d) {
        return switch (d) {
            case ZeroValue.Struct s -> {
                long b = 16 + 4L * s.fields().size();
                for (Object f : s.fields()) {
                    b = Math.min(Long.MAX_VALUE / 4, b + bytes(f));
                }
                yield b;
            }
            case ZeroValue.Array a when a.backing() != Backing.REF ->
                    16 + (a.backing() == Backing.BYTE || a.backing() == Backing.BOOL ? 1L : 8L) * a.length();
            case ZeroValue.Array a -> {
                long each = bytes(a.elem());
                long all = each == 0 ? 0 : each > (Long.MAX_VALUE / 4) / Math.max(1, a.length()) ? Long.MAX_VALUE / 4 : each * a.length();
                yield Math.min(Long.MAX_VALUE / 4, 16 + 4L * a.length() + all);
            }
            case null, default -> 0;
        };
    }

    /** A fresh runtime value for a description (scalars and strings pass through). */
    private Object value(Object d) {
        return switch (d) {
            case ZeroValue.Struct s -> {
                Object[] fields = new Object[s.fields().size()];
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = value(s.fields().get(i));
                }
                yield new StructValue(shape(s.layout()), fields);
            }
            case ZeroValue.Array a -> {
                if (a.length() > Ops.MAX_ELEMS) {
                    // Go would map gigabytes lazily; a Java array cannot hold them: Go's own answer
                    // when memory runs out, never a Java exception.
                    throw new GoFatal("out of memory");
                }
                if (a.backing() != Backing.REF) {
                    yield new ArrayValue(Elems.alloc(a.backing(), a.length()), false); // born zero
                }
                Object[] es = new Object[a.length()];
                for (int i = 0; i < es.length; i++) {
                    es[i] = value(a.elem());
                }
                yield new ArrayValue(es, a.inline());
            }
            case null, default -> d;
        };
    }
}
