package dev.spindle.vm.stdlib.lib;

import dev.spindle.vm.stdlib.GoValues;
import dev.spindle.vm.stdlib.NativeContext;
import dev.spindle.vm.stdlib.NativeFunction;
import dev.spindle.vm.stdlib.NativePanic;
import dev.spindle.vm.stdlib.text.GoRngSource;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Package math/rand. Every function is built, as in Go, on a source of 63-bit numbers (Int63):
 * the top-level functions draw from the run's seeded generator, so a seed repeats a run; a
 * {@code *rand.Rand} draws from its Source through the Source's Int63 method. Intn, Int31n,
 * Float64, Perm and Shuffle derive their values exactly as {@code math/rand/rand.go} does.
 * {@code rand.Seed} is a no-op, as it is by default since Go 1.24. {@code rand.NewSource(seed)} is
 * Go's own generator ({@link GoRngSource}), so a seeded *rand.Rand prints what it prints in Go.
 */
public final class RandNatives {

    private RandNatives() {}

    public static void register(Map<String, NativeFunction> m) {
        top(m, "Int", r -> r.int63());
        top(m, "Intn", (r, a) -> r.intn((Long) a[0], "invalid argument to Intn"));
        top(m, "Int31", r -> r.int63() >>> 32);
        top(m, "Int31n", (r, a) -> r.int31n((Long) a[0], "invalid argument to Int31n"));
        top(m, "Int63", r -> r.int63());
        top(m, "Int63n", (r, a) -> r.int63n((Long) a[0], "invalid argument to Int63n"));
        top(m, "Uint32", r -> r.int63() >>> 31);
        top(m, "Uint64", r -> (r.int63() >>> 31) | (r.int63() << 32));
        top(m, "Float64", r -> r.float64());
        top(m, "Float32", r -> r.float32());
        top(m, "Perm", (r, a) -> r.perm((Long) a[0]));
        m.put("rand.Shuffle", (ctx, a) -> new Gen(() -> ctx.random().nextLong() >>> 1).shuffle(ctx, (Long) a[0], (FuncValue) a[1]));
        m.put("rand.Seed", (ctx, a) -> null);

        m.put("rand.NewSource", (ctx, a) -> GoValues.newPointerIface(ctx, "rand.rngSource",
                new GoRngSource((Long) a[0])));
        m.put("rand.rngSource.Int63", (ctx, a) -> rng(a[0]).int63());
        m.put("rand.rngSource.Seed", (ctx, a) -> {
            rng(a[0]).seed((Long) a[1]);
            return null;
        });
        m.put("rand.New", (ctx, a) -> GoValues.newStruct(ctx, "rand.Rand", a[0]));
        method(m, "Int", r -> r.int63());
        method(m, "Intn", (r, a) -> r.intn((Long) a[1], "invalid argument to Intn"));
        method(m, "Int63", r -> r.int63());
        method(m, "Int63n", (r, a) -> r.int63n((Long) a[1], "invalid argument to Int63n"));
        method(m, "Int31n", (r, a) -> r.int31n((Long) a[1], "invalid argument to Int31n"));
        method(m, "Float64", r -> r.float64());
        method(m, "Perm", (r, a) -> r.perm((Long) a[1]));
        m.put("rand.Rand.Shuffle", (ctx, a) -> source(ctx, a[0]).shuffle(ctx, (Long) a[1], (FuncValue) a[2]));
    }

    private static GoRngSource rng(Object recv) {
        return (GoRngSource) ((StructValue) recv).fields[0];
    }

    private interface Op0 {
        Object apply(Gen g);
    }

    private interface OpN {
        Object apply(Gen g, Object[] a);
    }

    private static void top(Map<String, NativeFunction> m, String name, Op0 op) {
        m.put("rand." + name, (ctx, a) -> op.apply(new Gen(() -> ctx.random().nextLong() >>> 1)));
    }

    private static void top(Map<String, NativeFunction> m, String name, OpN op) {
        m.put("rand." + name, (ctx, a) -> op.apply(new Gen(() -> ctx.random().nextLong() >>> 1), a));
    }

    private static void method(Map<String, NativeFunction> m, String name, Op0 op) {
        m.put("rand.Rand." + name, (ctx, a) -> op.apply(source(ctx, a[0])));
    }

    private static void method(Map<String, NativeFunction> m, String name, OpN op) {
        m.put("rand.Rand." + name, (ctx, a) -> op.apply(source(ctx, a[0]), a));
    }

    /** The generator of a *rand.Rand: its Source's Int63. */
    private static Gen source(NativeContext ctx, Object recv) {
        if (recv == null) {
            throw NativePanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        IfaceValue src = (IfaceValue) ((StructValue) recv).fields[0];
        if (src == null) {
            throw NativePanic.runtimeError("invalid memory address or nil pointer dereference");
        }
        if (src.value() instanceof StructValue sv && sv.fields.length == 1 && sv.fields[0] instanceof GoRngSource r) {
            return new Gen(r::int63);
        }
        return new Gen(() -> (Long) ctx.callMethod(src, "Int63"));
    }

    /** Go's derivations from Int63 (math/rand/rand.go). */
    record Gen(LongSupplier src) {
        long int63() {
            return src.getAsLong();
        }

        long int31() {
            return int63() >>> 32;
        }

        long int63n(long n, String err) {
            if (n <= 0) {
                throw NativePanic.ofString(err);
            }
            if ((n & (n - 1)) == 0) {
                return int63() & (n - 1);
            }
            long max = Long.MAX_VALUE - Long.remainderUnsigned(1L << 63, n);
            long v = int63();
            while (v > max) {
                v = int63();
            }
            return v % n;
        }

        long int31n(long n, String err) {
            if (n <= 0) {
                throw NativePanic.ofString(err);
            }
            if ((n & (n - 1)) == 0) {
                return int31() & (n - 1);
            }
            long max = (1L << 31) - 1 - (1L << 31) % n;
            long v = int31();
            while (v > max) {
                v = int31();
            }
            return v % n;
        }

        long intn(long n, String err) {
            if (n <= 0) {
                throw NativePanic.ofString(err);
            }
            return n <= Integer.MAX_VALUE ? int31n(n, err) : int63n(n, err);
        }

        double float64() {
            while (true) {
                double f = (double) int63() / 0x1p63;
                if (f != 1) {
                    return f;
                }
            }
        }

        double float32() {
            while (true) {
                float f = (float) float64();
                if (f != 1) {
                    return f;
                }
            }
        }

        SliceValue perm(long n) {
            // Go's Perm starts with make([]int, n): its checks, then memory's.
            if (n < 0 || n > (1L << 48) / 8) {
                throw NativePanic.runtimeError("makeslice: len out of range");
            }
            if (n > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("rand.Perm(" + n + ")");
            }
            Object[] m = new Object[(int) n];
            for (int i = 0; i < n; i++) {
                int j = (int) intn(i + 1, "invalid argument to Intn");
                m[i] = m[j];
                m[j] = (long) i;
            }
            return SliceValue.of(m);
        }

        /** Go's unexported int31n (Lemire's multiply-shift), which Shuffle uses. */
        long lemire31n(long n) {
            long v = int63() >>> 31;
            long prod = v * n;
            long low = prod & 0xffffffffL;
            if (low < n) {
                long thresh = ((1L << 32) - n) % n;
                while (low < thresh) {
                    v = int63() >>> 31;
                    prod = v * n;
                    low = prod & 0xffffffffL;
                }
            }
            return prod >>> 32;
        }

        /** Go's Shuffle: Fisher-Yates from the end, j drawn by int31n. */
        Object shuffle(NativeContext ctx, long n, FuncValue swap) {
            if (n < 0) {
                throw NativePanic.ofString("invalid argument to Shuffle");
            }
            for (long i = n - 1; i > 0; i--) {
                long j = i + 1 <= Integer.MAX_VALUE ? lemire31n(i + 1) : int63n(i + 1, "invalid argument to Int63n");
                ctx.call(swap, i, j);
            }
            return null;
        }
    }
}
