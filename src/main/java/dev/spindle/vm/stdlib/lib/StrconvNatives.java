package dev.spindle.vm.stdlib.lib;

import dev.spindle.lang.compile.Backing;
import dev.spindle.vm.stdlib.GoValues;
import dev.spindle.vm.stdlib.NativeContext;
import dev.spindle.vm.stdlib.NativeFunction;
import dev.spindle.vm.stdlib.NativeVariable;
import dev.spindle.vm.stdlib.text.FloatFormat;
import dev.spindle.vm.stdlib.text.Numbers;
import dev.spindle.vm.stdlib.text.Quote;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;
import java.util.Map;
import java.util.Optional;

/**
 * Package strconv. Parse failures are {@code *strconv.NumError{Func, Num, Err}} whose Err is the
 * current value of strconv.ErrSyntax or strconv.ErrRange, so that {@code errors.Is(err,
 * strconv.ErrSyntax)} holds as in Go.
 */
public final class StrconvNatives {

    private StrconvNatives() {}

    public static void registerVariables(Map<String, NativeVariable> m) {
        m.put("strconv.ErrSyntax", ctx -> GoValues.newPointerIface(ctx, "errors.errorString", "invalid syntax"));
        m.put("strconv.ErrRange", ctx -> GoValues.newPointerIface(ctx, "errors.errorString", "value out of range"));
    }

    public static void register(Map<String, NativeFunction> m) {
        m.put("strconv.Itoa", (ctx, a) -> Long.toString((Long) a[0]));
        m.put("strconv.FormatInt", (ctx, a) -> Long.toString((Long) a[0], base((Long) a[1])));
        m.put("strconv.FormatUint", (ctx, a) -> Long.toUnsignedString((Long) a[0], base((Long) a[1])));
        m.put("strconv.FormatBool", (ctx, a) -> (Boolean) a[0] ? "true" : "false");
        m.put("strconv.FormatFloat", (ctx, a) -> formatFloat((Double) a[0], (Long) a[1], (Long) a[2], (Long) a[3]));
        m.put("strconv.Quote", (ctx, a) -> Quote.quote((String) a[0]));
        m.put("strconv.QuoteToASCII", (ctx, a) -> Quote.quoteToAscii((String) a[0]));
        m.put("strconv.QuoteRune", (ctx, a) -> Quote.quoteRune((Long) a[0]));
        m.put("strconv.Unquote", (ctx, a) -> {
            Optional<String> s = Quote.unquote((String) a[0]);
            return s.isPresent() ? new Object[] {s.get(), null} : new Object[] {"", ctx.global("strconv.ErrSyntax")};
        });
        m.put("strconv.AppendInt", (ctx, a) ->
                appendBytes((SliceValue) a[0], Long.toString((Long) a[1], base((Long) a[2]))));
        m.put("strconv.AppendQuote", (ctx, a) -> appendBytes((SliceValue) a[0], Quote.quote((String) a[1])));
        m.put("strconv.Atoi", (ctx, a) -> intResult(ctx, "Atoi", (String) a[0], Numbers.atoi((String) a[0])));
        m.put("strconv.ParseInt", (ctx, a) -> intResult(ctx, "ParseInt", (String) a[0],
                Numbers.parseInt((String) a[0], GoValues.asInt(a[1]), GoValues.asInt(a[2]))));
        m.put("strconv.ParseUint", (ctx, a) -> intResult(ctx, "ParseUint", (String) a[0],
                Numbers.parseUint((String) a[0], GoValues.asInt(a[1]), GoValues.asInt(a[2]))));
        m.put("strconv.ParseFloat", (ctx, a) -> {
            Numbers.Parsed p = Numbers.parseFloat((String) a[0], GoValues.asInt(a[1]));
            return new Object[] {p.f(), error(ctx, "ParseFloat", (String) a[0], p)};
        });
        m.put("strconv.ParseBool", (ctx, a) -> {
            Boolean b = Numbers.parseBool((String) a[0]);
            return b != null
                    ? new Object[] {b, null}
                    : new Object[] {false, numError(ctx, "ParseBool", (String) a[0], ctx.global("strconv.ErrSyntax"))};
        });
        m.put("strconv.NumError.Error", (ctx, a) -> numErrorMessage(ctx, (StructValue) a[0]));
        m.put("strconv.NumError.Unwrap", (ctx, a) -> ((StructValue) a[0]).fields[2]);
    }

    private static int base(long b) {
        if (b < 2 || b > 36) {
            throw dev.spindle.vm.stdlib.NativePanic.ofString("strconv: illegal AppendInt/FormatInt base");
        }
        return (int) b;
    }

    private static String formatFloat(double f, long fmt, long prec, long bitSize) {
        char c = (char) fmt;
        return switch (c) {
            case 'e', 'E', 'f', 'g', 'G', 'b' -> FloatFormat.format(f, c, (int) prec, (int) bitSize);
            case 'x', 'X' -> dev.spindle.vm.stdlib.fmt.FmtNatives.hexFloat(f, c, (int) prec, (int) bitSize);
            default -> "%" + c;
        };
    }

    private static Object[] intResult(NativeContext ctx, String fn, String s, Numbers.Parsed p) {
        return new Object[] {p.bits(), error(ctx, fn, s, p)};
    }

    private static Object error(NativeContext ctx, String fn, String s, Numbers.Parsed p) {
        if (p.failure() == null) {
            return null;
        }
        Object err = switch (p.failure()) {
            case SYNTAX -> ctx.global("strconv.ErrSyntax");
            case RANGE -> ctx.global("strconv.ErrRange");
            case OTHER -> GoValues.newPointerIface(ctx, "errors.errorString", p.otherText());
        };
        return numError(ctx, fn, s, err);
    }

    private static IfaceValue numError(NativeContext ctx, String fn, String s, Object err) {
        return GoValues.newPointerIface(ctx, "strconv.NumError", fn, s, err);
    }

    /** "strconv." + Func + ": parsing " + Quote(Num) + ": " + Err.Error(). */
    private static String numErrorMessage(NativeContext ctx, StructValue e) {
        Object err = e.fields[2];
        String inner = err == null ? "<nil>" : (String) ctx.callMethod((IfaceValue) err, "Error");
        return "strconv." + e.fields[0] + ": parsing " + Quote.quote((String) e.fields[1]) + ": " + inner;
    }

    private static SliceValue appendBytes(SliceValue dst, String bytes) {
        byte[] add = bytes.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // char c is byte c
        return SliceValue.append(dst, add, 0, add.length, 1, 0L, false, Backing.BYTE);
    }
}
