package dev.spindle.vm.stdlib;

/**
 * A library package variable whose initial value the stdlib provides ({@code strconv.ErrSyntax},
 * {@code os.Stdout}). The vm calls {@link #initialValue} once per run, before main, and keeps the
 * variable like any other global (a program may reassign it; natives read it back through
 * {@link NativeContext#global}).
 */
@FunctionalInterface
public interface NativeVariable {
    Object initialValue(NativeContext ctx);
}
