import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.zip.ZipFile;

/**
 * Decides where each jar of the build goes in the installed image, so that build.sh never
 * has to know the dependency list (other helpers keep adding libraries).
 *
 * <p>jlink takes only explicit modules: the JDK's, JavaFX's (turned into jmods by build.sh so
 * their native libraries land in the runtime's lib/ or bin/) and every third-party jar with a
 * module-info whose requirements are themselves linkable. Everything else travels as a jar on
 * the application's module path inside the image ({@code lib/app/mods}): Spindle's own
 * module, which requires automatic modules (RichTextFX and its helpers), the automatic
 * modules themselves, and any explicit module that requires one of them.
 *
 * <p>Usage: {@code java ModulePlan.java <app.jar> <lib dir>}. Prints one decision per line,
 * kind and value separated by a tab: {@code fx} (JavaFX platform jar, becomes a jmod),
 * {@code link} (explicit module jar for jlink), {@code app} (jar for the module path),
 * {@code skip} (a jar without classes: the platform-less JavaFX placeholders Maven adds),
 * then {@code roots}, the comma-separated modules jlink must add, and {@code version}, the
 * application module's version (from the pom).
 */
public final class ModulePlan {
    private record Jar(Path path, ModuleDescriptor descriptor) {
        String name() {
            return descriptor.name();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java ModulePlan.java <app.jar> <lib dir>");
            System.exit(2);
        }
        Path appJar = Path.of(args[0]);
        List<Path> libJars = new ArrayList<>();
        try (var files = java.nio.file.Files.list(Path.of(args[1]))) {
            files.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(libJars::add);
        }

        List<String> out = new ArrayList<>();
        Map<String, Jar> fx = new LinkedHashMap<>();
        Map<String, Jar> explicit = new LinkedHashMap<>();
        List<Jar> app = new ArrayList<>();
        app.add(describe(appJar));
        for (Path jar : libJars) {
            if (!hasClasses(jar)) {
                out.add("skip\t" + jar);
                continue;
            }
            Jar j = describe(jar);
            Map<String, Jar> into = j.descriptor.isAutomatic() ? null
                    : j.name().startsWith("javafx.") ? fx : explicit;
            if (into == null) {
                app.add(j);
            } else if (into.putIfAbsent(j.name(), j) != null) {
                fail("two jars hold module " + j.name() + ": " + into.get(j.name()).path + " and " + jar);
            }
        }

        // An explicit module that needs an automatic one cannot be linked: move it, repeat.
        Set<String> system = new TreeSet<>();
        ModuleFinder.ofSystem().findAll().forEach(r -> system.add(r.descriptor().name()));
        boolean moved = true;
        while (moved) {
            moved = false;
            for (var it = explicit.values().iterator(); it.hasNext(); ) {
                Jar j = it.next();
                for (ModuleDescriptor.Requires r : j.descriptor.requires()) {
                    boolean optional = r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC);
                    String n = r.name();
                    if (!optional && !system.contains(n) && !fx.containsKey(n) && !explicit.containsKey(n)) {
                        it.remove();
                        app.add(j);
                        moved = true;
                        break;
                    }
                }
            }
        }

        Set<String> roots = new TreeSet<>();
        roots.addAll(fx.keySet());
        roots.addAll(explicit.keySet());
        for (Jar j : app) {
            if (j.descriptor.isAutomatic()) {
                roots.addAll(jdkModulesUsedBy(j.path, system));
            } else {
                for (ModuleDescriptor.Requires r : j.descriptor.requires()) {
                    boolean optional = r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC);
                    if (!optional && system.contains(r.name())) {
                        roots.add(r.name());
                    }
                }
            }
        }
        roots.removeIf(n -> n.equals("java.base"));
        roots.add("java.base");

        fx.values().forEach(j -> out.add("fx\t" + j.path + "\t" + j.name()));
        explicit.values().forEach(j -> out.add("link\t" + j.path + "\t" + j.name()));
        app.forEach(j -> out.add("app\t" + j.path + "\t" + j.name()));
        out.add("roots\t" + String.join(",", roots));
        out.add("version\t" + app.getFirst().descriptor.rawVersion().orElse("0"));
        out.forEach(System.out::println);
    }

    private static Jar describe(Path jar) {
        try {
            Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
            if (found.size() != 1) {
                fail("not one module in " + jar);
            }
            return new Jar(jar, found.iterator().next().descriptor());
        } catch (FindException e) {
            fail("cannot read the module in " + jar + ": " + e.getMessage());
            return null;
        }
    }

    private static boolean hasClasses(Path jar) throws java.io.IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().endsWith(".class"));
        }
    }

    /** The JDK modules an automatic module's classes use, as jdeps sees them (java.base if unsure). */
    private static Set<String> jdkModulesUsedBy(Path jar, Set<String> system) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter text = new StringWriter();
        StringWriter errors = new StringWriter();
        int rc = jdeps.run(new PrintWriter(text), new PrintWriter(errors),
                "--multi-release", String.valueOf(Runtime.version().feature()),
                "--ignore-missing-deps", "--print-module-deps", jar.toString());
        Set<String> used = new TreeSet<>();
        if (rc == 0) {
            for (String n : text.toString().trim().split(",")) {
                if (system.contains(n.trim())) {
                    used.add(n.trim());
                }
            }
        } else {
            System.err.println("ModulePlan: jdeps could not read " + jar + "; assuming java.base only");
        }
        return used;
    }

    private static void fail(String message) {
        System.err.println("ModulePlan: " + message);
        System.exit(1);
    }
}
