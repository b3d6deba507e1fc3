package dev.spindle.vm.stdlib.fmt;

import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Type;
import dev.spindle.vm.stdlib.GoValues;
import dev.spindle.vm.stdlib.NativeContext;
import dev.spindle.vm.stdlib.NativeFunction;
import dev.spindle.vm.stdlib.NativePanic;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The print family: Print, Println, Printf, their S- and F- forms, Errorf, and the methods of the
 * errors Errorf returns. Each call formats into a fresh {@link Printer} and writes the bytes once.
 */
public final class FmtNatives {

    private FmtNatives() {}

    /** Formats like Sprintf; for callers in the stdlib and the vm (panic messages). */
    public static String sprintf(NativeContext ctx, String format, List<Object> args) {
        Printer p = new Printer(new ValuePrinter(ctx));
        p.doPrintf(format, args);
        return p.result();
    }

    /** Formats like Sprint. */
    public static String sprint(NativeContext ctx, List<Object> args) {
        Printer p = new Printer(new ValuePrinter(ctx));
        p.doPrint(args);
        return p.result();
    }

    /** Formats like Sprintln. */
    public static String sprintln(NativeContext ctx, List<Object> args) {
        Printer p = new Printer(new ValuePrinter(ctx));
        p.doPrintln(args);
        return p.result();
    }

    /** strconv.FormatFloat's 'x' and 'X' formats. */
    public static String hexFloat(double v, char fmt, int prec, int bitSize) {
        return HexFloat.format(v, fmt, prec, bitSize);
    }

    public static void register(Map<String, NativeFunction> m) {
        m.put("fmt.Sprint", (ctx, a) -> sprint(ctx, operands(a[0])));
        m.put("fmt.Sprintln", (ctx, a) -> sprintln(ctx, operands(a[0])));
        m.put("fmt.Sprintf", (ctx, a) -> sprintf(ctx, (String) a[0], operands(a[1])));
        m.put("fmt.Print", (ctx, a) -> write(ctx.stdout(), sprint(ctx, operands(a[0]))));
        m.put("fmt.Println", (ctx, a) -> write(ctx.stdout(), sprintln(ctx, operands(a[0]))));
        m.put("fmt.Printf", (ctx, a) -> write(ctx.stdout(), sprintf(ctx, (String) a[0], operands(a[1]))));
        m.put("fmt.Fprint", (ctx, a) -> fwrite(ctx, a[0], sprint(ctx, operands(a[1]))));
        m.put("fmt.Fprintln", (ctx, a) -> fwrite(ctx, a[0], sprintln(ctx, operands(a[1]))));
        m.put("fmt.Fprintf", (ctx, a) -> fwrite(ctx, a[0], sprintf(ctx, (String) a[1], operands(a[2]))));
        m.put("fmt.Errorf", (ctx, a) -> errorf(ctx, (String) a[0], operands(a[1])));
        m.put("fmt.wrapError.Error", (ctx, a) -> ((StructValue) a[0]).fields[0]);
        m.put("fmt.wrapError.Unwrap", (ctx, a) -> ((StructValue) a[0]).fields[1]);
        m.put("fmt.wrapErrors.Error", (ctx, a) -> ((StructValue) a[0]).fields[0]);
        m.put("fmt.wrapErrors.Unwrap", (ctx, a) -> ((StructValue) a[0]).fields[1]);
    }

    static List<Object> operands(Object variadic) {
        return Arrays.asList(GoValues.elems((SliceValue) variadic));
    }

    /**
     * Errorf: the message, and what wraps (Go 1.20+): no %w gives *errors.errorString, one gives
     * *fmt.wrapError (whose err is nil if the operand was not an error), several give
     * *fmt.wrapErrors with the distinct error operands in argument order.
     */
    static Object errorf(NativeContext ctx, String format, List<Object> args) {
        Printer p = new Printer(new ValuePrinter(ctx));
        p.wrapErrs = true;
        p.doPrintf(format, args);
        String msg = p.result();
        List<Integer> idx = new java.util.ArrayList<>(p.wrappedArgs);
        switch (idx.size()) {
            case 0 -> {
                return GoValues.newPointerIface(ctx, "errors.errorString", msg);
            }
            case 1 -> {
                Object err = args.get(idx.get(0));
                return GoValues.newPointerIface(ctx, "fmt.wrapError", msg, isError(err) ? err : null);
            }
            default -> {
                if (p.reordered()) {
                    java.util.Collections.sort(idx);
                }
                List<Object> errs = new java.util.ArrayList<>();
                for (int i = 0; i < idx.size(); i++) {
                    if (i > 0 && idx.get(i - 1).equals(idx.get(i))) {
                        continue;
                    }
                    Object err = args.get(idx.get(i));
                    if (isError(err)) {
                        errs.add(err);
                    }
                }
                return GoValues.newPointerIface(ctx, "fmt.wrapErrors", msg,
                        errs.isEmpty() ? null : SliceValue.of(errs.toArray()));
            }
        }
    }

    private static boolean isError(Object arg) {
        return arg instanceof IfaceValue iv && Methods.isError(iv.dynType());
    }

    /** Writes a byte string and returns Go's (n int, err error). */
    static Object[] write(OutputStream out, String bytes) {
        try {
            out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Object[] {(long) bytes.length(), null};
    }

    /**
     * Fprint*: os.Stdout and os.Stderr are written directly; any other io.Writer through its Write
     * method, whose (n, err) is returned.
     */
    static Object fwrite(NativeContext ctx, Object writer, String bytes) {
        if (writer == null) {
            throw NativePanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        IfaceValue w = (IfaceValue) writer;
        Type t = w.dynType();
        if (t instanceof Pointer ptr && ptr.elem().equals(ctx.libraryType("os.File")) && w.value() instanceof StructValue f) {
            long fd = (Long) f.fields[0];
            if (fd == 1) {
                return write(ctx.stdout(), bytes);
            }
            if (fd == 2) {
                return write(ctx.stderr(), bytes);
            }
        }
        return ctx.callMethod(w, "Write", GoValues.stringToBytes(bytes));
    }
}
