package dev.spindle.vm.stdlib;

import dev.spindle.lang.types.Library;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Type;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.IfaceValue;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A NativeContext for unit tests: captured output, a seeded generator, library methods dispatched
 * to the natives by qualified name, "main" methods and funcs given as Java lambdas.
 */
public final class TestContext implements NativeContext {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    public final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RandomGenerator random;
    private final Map<String, Function<Object[], Object>> goMethods = new HashMap<>();
    private final Map<FuncValue, Function<Object[], Object>> goFuncs = new IdentityHashMap<>();
    private final Map<String, Object> globals = new HashMap<>();
    private final Map<Object, Long> addresses = new IdentityHashMap<>();

    public TestContext() {
        this(1);
    }

    public TestContext(long seed) {
        this.random = new SplittableRandom(seed);
        for (String name : Natives.variableNames()) {
            globals.put(name, Natives.variable(name).initialValue(this));
        }
    }

    /** Declares a Go method of a main type: args[0] is the receiver's value. */
    public TestContext method(Named type, String name, Function<Object[], Object> body) {
        goMethods.put(type.qualifiedName() + "." + name, body);
        return this;
    }

    /** A func value whose calls run body. */
    public FuncValue func(Function<Object[], Object> body) {
        FuncValue f = new FuncValue(null, new Object[0]);
        goFuncs.put(f, body);
        return f;
    }

    /** What the program printed to stdout, as a byte string. */
    public String printed() {
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public OutputStream stdout() {
        return out;
    }

    @Override
    public OutputStream stderr() {
        return err;
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public Object callMethod(IfaceValue recv, String method, Object... args) {
        Type t = recv.dynType();
        Type base = t instanceof Pointer p ? p.elem() : t;
        String qname = (base instanceof Named n ? n.qualifiedName() : base.toString()) + "." + method;
        Object[] all = new Object[args.length + 1];
        all[0] = recv.value();
        System.arraycopy(args, 0, all, 1, args.length);
        Function<Object[], Object> body = goMethods.get(qname);
        if (body != null) {
            return body.apply(all);
        }
        NativeFunction f = Natives.lookup(qname);
        if (f == null) {
            throw new IllegalStateException("no method " + qname);
        }
        return f.call(this, all);
    }

    @Override
    public Object call(FuncValue f, Object... args) {
        return goFuncs.get(f).apply(args);
    }

    @Override
    public Type libraryType(String qualifiedName) {
        Named t = Library.standard().named(qualifiedName);
        if (t == null) {
            throw new IllegalArgumentException("no library type " + qualifiedName);
        }
        return t;
    }

    @Override
    public Object global(String qualifiedName) {
        return globals.get(qualifiedName);
    }

    @Override
    public long addressOf(Object ref) {
        return addresses.computeIfAbsent(ref, r -> 0xc000010000L + 0x10L * addresses.size());
    }

    /** Calls a native by name. */
    public Object call(String name, Object... args) {
        NativeFunction f = Natives.lookup(name);
        if (f == null) {
            throw new IllegalArgumentException("no native " + name);
        }
        return f.call(this, args);
    }

    static List<Object> list(Object... xs) {
        return List.of(xs);
    }
}
