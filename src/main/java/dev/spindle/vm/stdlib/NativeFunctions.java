package dev.spindle.vm.stdlib;

import dev.spindle.vm.stdlib.fmt.FmtNatives;
import dev.spindle.vm.stdlib.lib.ErrorsNatives;
import dev.spindle.vm.stdlib.lib.MathNatives;
import dev.spindle.vm.stdlib.lib.OsNatives;
import dev.spindle.vm.stdlib.lib.RandNatives;
import dev.spindle.vm.stdlib.lib.SortNatives;
import dev.spindle.vm.stdlib.lib.StrconvNatives;
import dev.spindle.vm.stdlib.lib.StringsNatives;
import dev.spindle.vm.stdlib.lib.TimeNatives;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

/**
 * The native functions by qualified name, registered a package at a time when the first name
 * of that package is looked up. Each package's registration is a few dozen lambdas, and the
 * JVM spins a class for every lambda the first time it runs (about a millisecond each, cold):
 * registering all ~240 at start cost a hello world a fifth of a second of CPU for packages it
 * never calls. What a lookup answers does not depend on what was looked up before.
 */
final class NativeFunctions {

    /** Each package's registration; every name it registers starts with the key and a dot. */
    private static final Map<String, Consumer<Map<String, NativeFunction>>> PACKAGES = Map.of(
            "fmt", FmtNatives::register,
            "errors", ErrorsNatives::register,
            "strconv", StrconvNatives::register,
            "strings", StringsNatives::register,
            "math", MathNatives::register,
            "sort", SortNatives::register,
            "rand", RandNatives::register,
            "time", TimeNatives::register,
            "os", OsNatives::register);

    /** The packages registered so far: package name to its functions by qualified name. */
    private final ConcurrentMap<String, Map<String, NativeFunction>> registered = new ConcurrentHashMap<>();

    /** The function of that qualified name ("fmt.Println", "time.Duration.String"), or null. */
    NativeFunction lookup(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        return dot < 0 ? null : pkg(qualifiedName.substring(0, dot)).get(qualifiedName);
    }

    /** Every function name, sorted (registers every package). */
    Set<String> names() {
        Set<String> all = new TreeSet<>();
        for (String pkg : PACKAGES.keySet()) {
            all.addAll(pkg(pkg).keySet());
        }
        return all;
    }

    /** The package names registered so far, sorted. */
    Set<String> registeredPackages() {
        return new TreeSet<>(registered.keySet());
    }

    private Map<String, NativeFunction> pkg(String name) {
        Consumer<Map<String, NativeFunction>> register = PACKAGES.get(name);
        if (register == null) {
            return Map.of();
        }
        return registered.computeIfAbsent(name, p -> {
            Map<String, NativeFunction> m = new HashMap<>();
            register.accept(m);
            for (String fn : m.keySet()) {
                if (!fn.startsWith(p + ".")) {
                    // A lookup by prefix would never find it.
                    throw new IllegalStateException("native " + fn + " registered with package " + p);
                }
            }
            return Map.copyOf(m);
        });
    }
}
