package dev.spindle.vm.stdlib.lib;

import dev.spindle.lang.compile.Backing;
import dev.spindle.vm.stdlib.GoValues;
import dev.spindle.vm.stdlib.NativeContext;
import dev.spindle.vm.stdlib.NativeFunction;
import dev.spindle.vm.stdlib.NativePanic;
import dev.spindle.vm.stdlib.text.GoStrings;
import dev.spindle.vm.stdlib.text.Unicode;
import dev.spindle.vm.stdlib.text.Utf8;
import dev.spindle.vm.value.Elems;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Package strings, including strings.Builder (its one field {@code buf []byte} holds the bytes, so
 * the value prints and copies as Go's does) and strings.Replacer.
 */
public final class StringsNatives {

    private StringsNatives() {}

    public static void register(Map<String, NativeFunction> m) {
        m.put("strings.Contains", (ctx, a) -> s(a[0]).contains(s(a[1])));
        m.put("strings.ContainsAny", (ctx, a) -> GoStrings.indexFunc(s(a[0]), GoStrings.inCutset(s(a[1]))) >= 0);
        m.put("strings.ContainsRune", (ctx, a) -> GoStrings.indexRune(s(a[0]), (Long) a[1]) >= 0);
        m.put("strings.ContainsFunc", (ctx, a) -> GoStrings.indexFunc(s(a[0]), pred(ctx, a[1])) >= 0);
        m.put("strings.HasPrefix", (ctx, a) -> s(a[0]).startsWith(s(a[1])));
        m.put("strings.HasSuffix", (ctx, a) -> s(a[0]).endsWith(s(a[1])));
        m.put("strings.Index", (ctx, a) -> (long) s(a[0]).indexOf(s(a[1])));
        m.put("strings.IndexByte", (ctx, a) -> (long) s(a[0]).indexOf((char) ((Long) a[1] & 0xff)));
        m.put("strings.IndexRune", (ctx, a) -> (long) GoStrings.indexRune(s(a[0]), (Long) a[1]));
        m.put("strings.IndexAny", (ctx, a) -> (long) GoStrings.indexFunc(s(a[0]), GoStrings.inCutset(s(a[1]))));
        m.put("strings.IndexFunc", (ctx, a) -> (long) GoStrings.indexFunc(s(a[0]), pred(ctx, a[1])));
        m.put("strings.LastIndex", (ctx, a) -> (long) s(a[0]).lastIndexOf(s(a[1])));
        m.put("strings.LastIndexByte", (ctx, a) -> (long) s(a[0]).lastIndexOf((char) ((Long) a[1] & 0xff)));
        m.put("strings.Split", (ctx, a) -> list(GoStrings.genSplit(s(a[0]), s(a[1]), 0, -1)));
        m.put("strings.SplitN", (ctx, a) -> list(GoStrings.genSplit(s(a[0]), s(a[1]), 0, GoValues.asInt(a[2]))));
        m.put("strings.SplitAfter", (ctx, a) -> list(GoStrings.genSplit(s(a[0]), s(a[1]), s(a[1]).length(), -1)));
        m.put("strings.Fields", (ctx, a) -> list(GoStrings.fieldsFunc(s(a[0]), Unicode::isSpace)));
        m.put("strings.FieldsFunc", (ctx, a) -> list(GoStrings.fieldsFunc(s(a[0]), pred(ctx, a[1]))));
        m.put("strings.Join", (ctx, a) -> join((SliceValue) a[0], s(a[1])));
        m.put("strings.Repeat", (ctx, a) -> repeat(s(a[0]), (Long) a[1]));
        m.put("strings.Replace", (ctx, a) -> GoStrings.replace(s(a[0]), s(a[1]), s(a[2]), GoValues.asInt(a[3])));
        m.put("strings.ReplaceAll", (ctx, a) -> GoStrings.replace(s(a[0]), s(a[1]), s(a[2]), -1));
        m.put("strings.ToUpper", (ctx, a) -> GoStrings.toUpper(s(a[0])));
        m.put("strings.ToLower", (ctx, a) -> GoStrings.toLower(s(a[0])));
        m.put("strings.ToTitle", (ctx, a) -> GoStrings.toTitle(s(a[0])));
        m.put("strings.Title", (ctx, a) -> GoStrings.title(s(a[0])));
        m.put("strings.TrimSpace", (ctx, a) ->
                GoStrings.trimRightFunc(GoStrings.trimLeftFunc(s(a[0]), Unicode::isSpace), Unicode::isSpace));
        m.put("strings.Trim", (ctx, a) -> {
            IntPredicate cut = GoStrings.inCutset(s(a[1]));
            return GoStrings.trimRightFunc(GoStrings.trimLeftFunc(s(a[0]), cut), cut);
        });
        m.put("strings.TrimLeft", (ctx, a) -> GoStrings.trimLeftFunc(s(a[0]), GoStrings.inCutset(s(a[1]))));
        m.put("strings.TrimRight", (ctx, a) -> GoStrings.trimRightFunc(s(a[0]), GoStrings.inCutset(s(a[1]))));
        m.put("strings.TrimFunc", (ctx, a) -> {
            IntPredicate f = pred(ctx, a[1]);
            return GoStrings.trimRightFunc(GoStrings.trimLeftFunc(s(a[0]), f), f);
        });
        m.put("strings.TrimPrefix", (ctx, a) ->
                s(a[0]).startsWith(s(a[1])) ? s(a[0]).substring(s(a[1]).length()) : s(a[0]));
        m.put("strings.TrimSuffix", (ctx, a) ->
                s(a[0]).endsWith(s(a[1])) ? s(a[0]).substring(0, s(a[0]).length() - s(a[1]).length()) : s(a[0]));
        m.put("strings.Count", (ctx, a) -> (long) GoStrings.count(s(a[0]), s(a[1])));
        m.put("strings.EqualFold", (ctx, a) -> GoStrings.equalFold(s(a[0]), s(a[1])));
        m.put("strings.Compare", (ctx, a) -> (long) Integer.signum(s(a[0]).compareTo(s(a[1]))));
        m.put("strings.Map", (ctx, a) -> GoStrings.map(s(a[1]),
                r -> (int) (long) (Long) ctx.call((FuncValue) a[0], (long) r)));
        m.put("strings.Cut", (ctx, a) -> {
            int i = s(a[0]).indexOf(s(a[1]));
            return i >= 0
                    ? new Object[] {s(a[0]).substring(0, i), s(a[0]).substring(i + s(a[1]).length()), true}
                    : new Object[] {s(a[0]), "", false};
        });
        m.put("strings.CutPrefix", (ctx, a) -> s(a[0]).startsWith(s(a[1]))
                ? new Object[] {s(a[0]).substring(s(a[1]).length()), true}
                : new Object[] {s(a[0]), false});
        m.put("strings.CutSuffix", (ctx, a) -> s(a[0]).endsWith(s(a[1]))
                ? new Object[] {s(a[0]).substring(0, s(a[0]).length() - s(a[1]).length()), true}
                : new Object[] {s(a[0]), false});
        m.put("strings.NewReplacer", (ctx, a) -> {
            Object[] oldnew = GoValues.elems((SliceValue) a[0]);
            if (oldnew.length % 2 == 1) {
                throw NativePanic.ofString("strings.NewReplacer: odd argument count");
            }
            return GoValues.newStruct(ctx, "strings.Replacer", SliceValue.of(oldnew));
        });
        m.put("strings.Replacer.Replace", (ctx, a) -> {
            List<String> oldnew = new ArrayList<>();
            for (Object o : GoValues.elems((SliceValue) ((StructValue) a[0]).fields[0])) {
                oldnew.add((String) o);
            }
            return GoStrings.replaceAll(s(a[1]), oldnew);
        });
        registerBuilder(m);
    }

    private static void registerBuilder(Map<String, NativeFunction> m) {
        m.put("strings.Builder.String", (ctx, a) -> GoValues.bytesToString(buf(a[0])));
        m.put("strings.Builder.Len", (ctx, a) -> (long) (buf(a[0]) == null ? 0 : buf(a[0]).len));
        m.put("strings.Builder.Cap", (ctx, a) -> (long) (buf(a[0]) == null ? 0 : buf(a[0]).cap));
        m.put("strings.Builder.Reset", (ctx, a) -> {
            builder(a[0]).fields[0] = null;
            return null;
        });
        m.put("strings.Builder.Grow", (ctx, a) -> {
            long n = (Long) a[1];
            if (n < 0) {
                throw NativePanic.ofString("strings.Builder.Grow: negative count");
            }
            SliceValue b = buf(a[0]);
            int len = b == null ? 0 : b.len;
            int cap = b == null ? 0 : b.cap;
            if (cap - len < n) {
                byte[] grown = new byte[(int) (2L * cap + n)];
                if (b != null) {
                    Elems.copy(b.array, b.offset, grown, 0, len);
                }
                builder(a[0]).fields[0] = new SliceValue(grown, 0, len, grown.length);
            }
            return null;
        });
        m.put("strings.Builder.Write", (ctx, a) -> {
            String bytes = GoValues.bytesToString((SliceValue) a[1]);
            append(a[0], bytes);
            return new Object[] {(long) bytes.length(), null};
        });
        m.put("strings.Builder.WriteByte", (ctx, a) -> {
            append(a[0], String.valueOf((char) ((Long) a[1] & 0xff)));
            return null;
        });
        m.put("strings.Builder.WriteRune", (ctx, a) -> {
            String bytes = Utf8.encode((Long) a[1]);
            append(a[0], bytes);
            return new Object[] {(long) bytes.length(), null};
        });
        m.put("strings.Builder.WriteString", (ctx, a) -> {
            append(a[0], s(a[1]));
            return new Object[] {(long) s(a[1]).length(), null};
        });
    }

    private static StructValue builder(Object recv) {
        if (recv == null) {
            throw NativePanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        return (StructValue) recv;
    }

    private static SliceValue buf(Object recv) {
        return (SliceValue) builder(recv).fields[0];
    }

    private static void append(Object recv, String bytes) {
        StructValue b = builder(recv);
        byte[] add = bytes.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // char c is byte c
        b.fields[0] = SliceValue.append((SliceValue) b.fields[0], add, 0, add.length, 1, 0L, false, Backing.BYTE);
    }

    private static String s(Object o) {
        return (String) o;
    }

    private static SliceValue list(List<String> xs) {
        return xs == null ? null : GoValues.stringSlice(xs);
    }

    private static IntPredicate pred(NativeContext ctx, Object f) {
        return r -> (Boolean) ctx.call((FuncValue) f, (long) r);
    }

    private static String join(SliceValue elems, String sep) {
        StringBuilder sb = new StringBuilder();
        Object[] xs = GoValues.elems(elems);
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append((String) xs[i]);
        }
        return sb.toString();
    }

    private static String repeat(String s, long count) {
        if (count < 0) {
            throw NativePanic.ofString("strings: negative Repeat count");
        }
        if (count > 0 && s.length() * count / count != s.length() || s.length() * count > Integer.MAX_VALUE - 16) {
            throw NativePanic.ofString("strings: Repeat output length overflow");
        }
        return s.repeat((int) count);
    }
}
