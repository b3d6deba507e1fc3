package dev.spindle.vm;

import dev.spindle.lang.types.Library;
import dev.spindle.lang.types.Type;
import dev.spindle.vm.stdlib.NativeContext;
import dev.spindle.vm.stdlib.NativeFunction;
import dev.spindle.vm.stdlib.NativePanic;
import dev.spindle.vm.stdlib.NativeVariable;
import dev.spindle.vm.stdlib.Natives;
import dev.spindle.vm.value.Box;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.IfaceValue;
import java.io.OutputStream;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Links the interpreter to the standard library of {@code vm.stdlib}: each native call gets
 * a {@link NativeContext} bound to the calling goroutine (its output is buffered on the
 * goroutine and handed to the host as an output operation), and {@link NativePanic} becomes
 * a Go panic.
 */
public final class StdlibLinker implements NativeLinker {
    @Override
    public NativeFn lookup(String qualifiedName) {
        NativeFunction fn = Natives.lookup(qualifiedName);
        if (fn == null) {
            return TimeValues.lookup(qualifiedName);
        }
        return (g, args) -> {
            try {
                return fn.call(new Context(g), args);
            } catch (NativePanic p) {
                throw toGo(p);
            } catch (NullPointerException e) {
                // The native followed a nil Go value (a nil interface, pointer or func argument):
                // Go's library code would have dereferenced it too.
                throw RuntimeErrors.nilDeref();
            }
        };
    }

    @Override
    public DoubleUnaryOperator unary(String qualifiedName) {
        return Natives.unary(qualifiedName);
    }

    /** Initializes the library's package variables (os.Stdout, strconv.ErrSyntax) for a run. */
    public static void initVariables(Machine m, Goroutine main) {
        java.util.List<String> names = m.program.globalNames();
        for (int i = 0; i < names.size(); i++) {
            NativeVariable v = Natives.variable(names.get(i));
            if (v != null && m.globals[i] instanceof Box b) {
                b.value = v.initialValue(new Context(main));
            }
        }
    }

    static GoPanic toGo(NativePanic p) {
        if (p.runtimeError() != null) {
            return RuntimeErrors.error(p.runtimeError());
        }
        return new GoPanic(p.value());
    }

    /** A native's view of the goroutine that called it. */
    private static final class Context implements NativeContext {
        private final Goroutine g;

        Context(Goroutine g) {
            this.g = g;
        }

        @Override
        public OutputStream stdout() {
            return g.stdoutBuffer();
        }

        @Override
        public OutputStream stderr() {
            return g.stderrBuffer();
        }

        @Override
        public RandomGenerator random() {
            return g.random();
        }

        @Override
        public Object callMethod(IfaceValue recv, String method, Object... args) {
            try {
                return Callbacks.callMethod(g, recv, method, args);
            } catch (GoPanic p) {
                throw new NativePanic(p.value());
            }
        }

        @Override
        public Object call(FuncValue f, Object... args) {
            try {
                return Callbacks.call(g, f, args);
            } catch (GoPanic p) {
                throw new NativePanic(p.value());
            }
        }

        @Override
        public Type libraryType(String qualifiedName) {
            return Library.standard().named(qualifiedName);
        }

        @Override
        public Object global(String qualifiedName) {
            int i = g.machine.program.globalNames().indexOf(qualifiedName);
            if (i < 0) {
                NativeVariable v = Natives.variable(qualifiedName);
                return v == null ? null : v.initialValue(this);
            }
            Object box = g.machine.globals[i];
            return box instanceof Box b ? b.value : box;
        }

        @Override
        public long addressOf(Object ref) {
            return g.machine.addressOf(ref);
        }
    }
}
