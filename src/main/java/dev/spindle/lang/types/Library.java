package dev.spindle.lang.types;

import dev.spindle.lang.syntax.ParseResult;
import dev.spindle.lang.syntax.Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard-library packages of the spec, declared by the Go stubs in
 * {@code resources/dev/spindle/lang/types/stdlib} and checked by this checker at first use.
 * Each package is parsed and checked the first time something asks for it (an import, a
 * qualified name), after the packages it imports, and never again, so that every checked
 * program shares the same library types ({@code time.Duration}, {@code *errors.errorString})
 * and the vm can find them by name ({@link #named}). Per package rather than all at once
 * because a start pays for what it checks: hello world needs fmt and io, not the ~50 KB of
 * declarations of all twenty packages (about half a second of cold CPU, at every CLI run).
 */
public final class Library {

    /** Load order: a package after those it imports. */
    private static final List<String> PATHS = List.of("io", "errors", "fmt", "sync", "sync/atomic", "time", "runtime",
            "math", "math/rand", "strings", "strconv", "os", "sort", "cmp", "iter", "slices", "maps",
            "context", "golang.org/x/sync/errgroup", "golang.org/x/sync/semaphore");

    /** What user programs may import (io exists only for fmt's signatures). */
    private static final Set<String> IMPORTABLE = Set.of("errors", "fmt", "sync", "sync/atomic", "time", "runtime",
            "math", "math/rand", "strings", "strconv", "os", "sort", "cmp", "iter", "slices", "maps",
            "context", "golang.org/x/sync/errgroup", "golang.org/x/sync/semaphore");

    /** A package's path by its name ("rand" → "math/rand"): a stub's package is named after its path's last element. */
    private static final Map<String, String> PATH_BY_NAME = pathsByName();

    private final Map<String, Package> byPath = new LinkedHashMap<>();
    /**
     * The packages checked so far, for lookups without the lock: natives ask for library types
     * at run time (errors.New's {@code *errors.errorString}, fmt's {@code os.File}), from every
     * carrier at once, and must not queue on the loader's lock for a package checked long ago.
     */
    private final Map<String, Package> done = new java.util.concurrent.ConcurrentHashMap<>();
    /** The packages written in Go (bodies, not natives), by path, in load order. */
    private final Map<String, GoSource> sources = new LinkedHashMap<>();

    /**
     * A library package written in Go: its checked file, compiled into every program that
     * imports it (directly or through another such package), so that its channels, mutexes
     * and timers are the engine's own, with one implementation of each runtime operation.
     */
    public record GoSource(String path, dev.spindle.lang.syntax.File file, Info info) {}

    private Library() {
    }

    private static final class Holder {
        static final Library STD = load();
    }

    /** The standard library (loaded on first call). */
    public static Library standard() {
        return Holder.STD;
    }

    private static Library load() {
        return new Library();
    }

    /** A library of its own, nothing loaded yet (tests: what a start loads; the program shares {@link #standard}). */
    static Library empty() {
        return new Library();
    }

    /** The paths loaded so far, in the order they were loaded. */
    synchronized List<String> loadedPaths() {
        return List.copyOf(byPath.keySet());
    }

    /**
     * The package at {@code path} (one of {@link #PATHS}), parsed and checked now if this is the
     * first request; its imports are loaded first, through this same method, by the checker's
     * importer. Synchronized: the window's preload thread and a check may ask at once, and a
     * package must be checked exactly once (its types are compared by identity). Reentrant
     * for the imports; the stubs import no cycle.
     */
    private Package loaded(String path) {
        Package p = done.get(path);
        return p != null ? p : load(path);
    }

    private synchronized Package load(String path) {
        Package checked = byPath.get(path);
        if (checked != null || !PATHS.contains(path)) {
            return checked;
        }
        String file = path.substring(path.lastIndexOf('/') + 1) + ".go";
        String src = read("stdlib/" + file);
        ParseResult pr = Parser.parse(file, src);
        if (!pr.errors().isEmpty()) {
            throw new IllegalStateException("stdlib stub " + file + ": " + pr.errors());
        }
        Checker c = new Checker(path, true, this::loaded);
        CheckResult r = c.run(pr.file());
        if (!r.ok()) {
            throw new IllegalStateException("stdlib stub " + file + ": " + r.formatted(file));
        }
        if (!c.pkg.name().equals(path.substring(path.lastIndexOf('/') + 1))) {
            // member("errgroup.Group") finds a package by name before it is loaded (see byName).
            throw new IllegalStateException("stdlib stub " + file + ": package " + c.pkg.name()
                    + " is not named after the last element of its path " + path);
        }
        byPath.put(path, c.pkg);
        done.put(path, c.pkg);
        if (hasBodies(pr.file())) {
            sources.put(path, new GoSource(path, pr.file(), r.info()));
        }
        return c.pkg;
    }

    /** Every package, loaded now (the window does this on its preload thread, off the first frame). */
    public Library loadAll() {
        for (String path : PATHS) {
            loaded(path);
        }
        return this;
    }

    private static boolean hasBodies(dev.spindle.lang.syntax.File f) {
        for (dev.spindle.lang.syntax.Decl d : f.decls()) {
            if (d instanceof dev.spindle.lang.syntax.Decl.FuncDecl fd && fd.body() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Go-written library packages a program importing {@code paths} needs, each after the
     * packages it imports (load order).
     */
    public List<GoSource> sourcesFor(java.util.Collection<String> paths) {
        Set<String> need = new java.util.HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(paths);
        while (!todo.isEmpty()) {
            String p = todo.pop();
            loaded(p);
            GoSource s = source(p);
            if (s != null && need.add(p)) {
                for (dev.spindle.lang.syntax.Spec.ImportSpec is : s.file().imports()) {
                    todo.push(is.pathValue());
                }
            }
        }
        // In PATHS order, not the order packages happened to be loaded in: the program's layout
        // (globals, functions, library inits) must not depend on what was asked first.
        List<GoSource> out = new ArrayList<>();
        for (String p : PATHS) {
            if (need.contains(p)) {
                out.add(source(p));
            }
        }
        return out;
    }

    private synchronized GoSource source(String path) {
        return sources.get(path);
    }

    /** The import paths a user program may use, sorted, for the message about an unsupported one. */
    public List<String> importable() {
        return IMPORTABLE.stream().sorted().toList();
    }

    private static String read(String resource) {
        try (InputStream in = Library.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** The package a user program gets for {@code import "path"}, or null if not supported. */
    public Package userImport(String path) {
        return IMPORTABLE.contains(path) ? loaded(path) : null;
    }

    /** Any library package by import path (io included). */
    public Package pkg(String path) {
        return loaded(path);
    }

    /** Every package by import path, in load order (all of them loaded now). */
    public synchronized Map<String, Package> packages() {
        loadAll();
        Map<String, Package> all = new LinkedHashMap<>();
        for (String p : PATHS) {
            all.put(p, byPath.get(p));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * A member by qualified name as {@code %T} and the natives spell it: "time.Duration",
     * "errors.errorString", "rand.rngSource", "fmt.Println", "os.Stdout", "math.Pi".
     */
    public Symbol member(String qualified) {
        int dot = qualified.indexOf('.');
        if (dot < 0) {
            return null;
        }
        Package p = byName(qualified.substring(0, dot));
        return p == null ? null : p.member(qualified.substring(dot + 1));
    }

    /**
     * The package named {@code name} ("time", "rand", "errgroup"), loading it if needed: a stub's
     * package is named after the last element of its path ({@link #loaded} insists), so the path
     * is known before the package is loaded.
     */
    private Package byName(String name) {
        String path = PATH_BY_NAME.get(name);
        return path == null ? null : loaded(path);
    }

    private static Map<String, String> pathsByName() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String path : PATHS) {
            m.put(path.substring(path.lastIndexOf('/') + 1), path);
        }
        return Map.copyOf(m);
    }

    /** A library defined type by qualified name ("time.Duration", "errors.errorString"), or null. */
    public Named named(String qualified) {
        return member(qualified) instanceof Symbol.TypeName tn && tn.type() instanceof Named n ? n : null;
    }

    /** Every native function and method of the library, for registry coverage checks. */
    public List<Symbol.Func> natives() {
        List<Symbol.Func> out = new ArrayList<>();
        for (Package p : packages().values()) {
            for (Symbol s : p.scope().symbols()) {
                if (s instanceof Symbol.Func f && f.isNative()) {
                    out.add(f);
                }
                if (s instanceof Symbol.TypeName tn && tn.type() instanceof Named n && n.pkgPath().equals(p.path())) {
                    for (Symbol.Func m : n.methods()) {
                        if (m.isNative()) {
                            out.add(m);
                        }
                    }
                }
            }
        }
        return out;
    }
}
