package dev.spindle.runtime;

import dev.spindle.runtime.spi.GoroutineCode;
import java.util.Map;

/**
 * Go's crash texts: the goroutine dump after {@code panic:} / {@code fatal error:} lines, and
 * the deadlock report ({@code fatal error: all goroutines are asleep - deadlock!}, a blank
 * line, then {@code goroutine N [reason]:} blocks, main first, the others in creation order).
 * Frames come from the VM ({@code GoroutineCode.stack()}); without them Spindle prints the
 * function the goroutine started in and where it was created.
 */
final class CrashReport {

    private CrashReport() {}

    static String deadlock(Map<Long, G> live) {
        StringBuilder b = new StringBuilder("fatal error: all goroutines are asleep - deadlock!\n");
        for (G g : live.values()) {
            b.append('\n').append(goroutine(g, g.waitReason == null ? "runnable" : g.waitReason.text(), live));
        }
        return b.toString();
    }

    /** One goroutine's block: header, frames, and where it was created. */
    static String goroutine(G g, String state, Map<Long, G> live) {
        StringBuilder b = new StringBuilder("goroutine ").append(g.id).append(" [").append(state).append("]:\n");
        var frames = g.code.stack();
        if (frames.isEmpty()) {
            b.append(g.function).append("(...)\n");
            int line = g.code.line();
            if (line > 0) {
                b.append('\t').append(g.code.fileName()).append(':').append(line).append('\n');
            }
        } else {
            for (String f : frames) {
                b.append(f).append('\n');
            }
        }
        if (g.parent() != 0) {
            G parent = live.get(g.parent());
            String creator = g.code.goStatementFunction();
            if (creator == null) {
                creator = parent != null ? parent.function : g.parent() == 1 ? "main.main" : "?";
            }
            // Where the go statement is: in the program's file, like the frames above.
            String where = g.code.fileName() + ":" + g.line;
            GoroutineCode.Creator library = g.code.libraryCreator();
            if (library != null) {
                creator = library.function();
                where = library.where();
            }
            b.append("created by ").append(creator).append(" in goroutine ").append(g.parent()).append('\n');
            b.append('\t').append(where).append(" +0x0\n");
        }
        return b.toString();
    }
}
