package dev.spindle.vm;

import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.Type;
import dev.spindle.vm.value.GoString;
import dev.spindle.vm.value.IfaceValue;
import java.io.ByteArrayOutputStream;

/**
 * The print and println builtins, formatted as Go's runtime prints (runtime/print.go): no
 * fmt, floats as {@code +1.500000e+000}, pointers as hex addresses. Also used for the values
 * in panic reports, which Go prints the same way.
 */
final class PrintBuiltin {
    private PrintBuiltin() {}

    /** The bytes of print(args...) or println(args...); args are interface values. */
    static byte[] format(Machine m, Object[] args, boolean println) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < args.length; i++) {
            if (println && i > 0) {
                out.write(' ');
            }
            out.writeBytes(GoString.bytes(value(m, args[i])));
        }
        if (println) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** One value as the runtime prints it, as a byte string. */
    static String value(Machine m, Object arg) {
        if (!(arg instanceof IfaceValue iv)) {
            return "(0x0,0x0)";
        }
        Type u = iv.dynType().underlying();
        Object v = iv.value();
        if (u instanceof Basic b) {
            return switch (b.kind()) {
                case BOOL -> String.valueOf(v);
                case STRING -> (String) v;
                case FLOAT32, FLOAT64 -> floatString((Double) v);
                case UINT, UINT64, UINTPTR -> Long.toUnsignedString((Long) v);
                default -> String.valueOf(v);
            };
        }
        if (u instanceof Interface) {
            return "(0x0,0x0)";
        }
        return v == null ? "0x0" : "0x" + Long.toHexString(m.addressOf(v));
    }

    /** Go runtime's printfloat: sign, one digit, point, six digits, e, sign, three digits. */
    static String floatString(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+Inf" : "-Inf";
        }
        String s = String.format("%+.6e", d);
        int e = s.indexOf('e');
        String mant = s.substring(0, e);
        int exp = Integer.parseInt(s.substring(e + 1));
        return mant + "e" + (exp < 0 ? "-" : "+") + String.format("%03d", Math.abs(exp));
    }
}
