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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The native functions by qualified name, registered a package at a time when the first name
 * of that package is looked up. Each package's registration is a few dozen lambdas, and the
 * JVM spins a class for every lambda the first time it runs (about a millisecond each, cold):
 * registering all ~240 at start cost a hello world a fifth of a second of CPU for packages it
 * never calls. What a lookup answers does not depend on what was looked up before.
 */
final class NativeFunctions {

    /** The packages with natives; every name a package registers starts with it and a dot. */
    private static final List<String> PACKAGES =
            List.of("fmt", "errors", "strconv", "strings", "math", "sort", "rand", "time", "os");

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
        for (String pkg : PACKAGES) {
            all.addAll(pkg(pkg).keySet());
        }
        return all;
    }

    /** The package names registered so far, sorted. */
    Set<String> registeredPackages() {
        return new TreeSet<>(registered.keySet());
    }

    private Map<String, NativeFunction> pkg(String name) {
        if (!PACKAGES.contains(name)) {
            return Map.of();
        }
        return registered.computeIfAbsent(name, p -> {
            Map<String, NativeFunction> m = new HashMap<>();
            register(p, m);
            for (String fn : m.keySet()) {
                if (!fn.startsWith(p + ".")) {
                    // A lookup by prefix would never find it.
                    throw new IllegalStateException("native " + fn + " registered with package " + p);
                }
            }
            return Map.copyOf(m);
        });
    }

    /** A switch, not a map of method references: those would be lambdas spun at start, too. */
    private static void register(String pkg, Map<String, NativeFunction> m) {
        switch (pkg) {
            case "fmt" -> FmtNatives.register(m);
            case "errors" -> ErrorsNatives.register(m);
            case "strconv" -> StrconvNatives.register(m);
            case "strings" -> StringsNatives.register(m);
            case "math" -> MathNatives.register(m);
            case "sort" -> SortNatives.register(m);
            case "rand" -> RandNatives.register(m);
            case "time" -> TimeNatives.register(m);
            case "os" -> OsNatives.register(m);
            default -> throw new IllegalArgumentException("no natives for package " + pkg);
        }
    }
}
