package dev.spindle.vm.stdlib.lib;

import dev.spindle.vm.stdlib.GoValues;
import dev.spindle.vm.stdlib.NativeContext;
import dev.spindle.vm.stdlib.NativeFunction;
import dev.spindle.vm.stdlib.NativePanic;
import dev.spindle.vm.stdlib.NativeVariable;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The little of package os that programs print through: Stdout and Stderr (a *os.File whose fd is
 * 1 or 2) and their Write methods, Args, and Getenv — a Spindle program has no environment, so
 * every variable is unset and Getenv returns "" as Go does for an unset one. (os.Exit stops the
 * program and is the vm's.)
 */
public final class OsNatives {

    private OsNatives() {}

    public static void registerVariables(Map<String, NativeVariable> m) {
        m.put("os.Stdout", ctx -> GoValues.newStruct(ctx, "os.File", 1L));
        m.put("os.Stderr", ctx -> GoValues.newStruct(ctx, "os.File", 2L));
        m.put("os.Args", ctx -> SliceValue.of("/tmp/go-build/prog"));
    }

    public static void register(Map<String, NativeFunction> m) {
        m.put("os.File.Write", (ctx, a) -> write(ctx, a[0], GoValues.bytesToString((SliceValue) a[1])));
        m.put("os.File.WriteString", (ctx, a) -> write(ctx, a[0], (String) a[1]));
        m.put("os.Getenv", (ctx, a) -> "");
    }

    private static Object[] write(NativeContext ctx, Object file, String bytes) {
        if (file == null) {
            throw NativePanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        long fd = (Long) ((StructValue) file).fields[0];
        OutputStream out = fd == 2 ? ctx.stderr() : ctx.stdout();
        try {
            out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Object[] {(long) bytes.length(), null};
    }
}
