package dev.spindle.lang.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Snippet mode's goimports: finds the supported standard packages that a snippet uses as {@code
 * pkg.Name} without importing them, and adds their imports.
 *
 * <p>A name counts as a package reference only if nothing in the file declares it (a variable
 * {@code time} or a parameter {@code sort} hides the package, as it would in Go) and no import
 * already provides it. The added imports are sorted by path, as goimports writes them; each is
 * positioned at its first use, so any message about it points at a line the user wrote.
 */
final class SnippetImports {

    /** The packages Spindle supports, by the name a program uses for them. */
    static final Map<String, String> SUPPORTED = Map.ofEntries(
            Map.entry("fmt", "fmt"), Map.entry("sync", "sync"), Map.entry("atomic", "sync/atomic"),
            Map.entry("time", "time"), Map.entry("runtime", "runtime"), Map.entry("math", "math"),
            Map.entry("rand", "math/rand"), Map.entry("strings", "strings"), Map.entry("strconv", "strconv"),
            Map.entry("errors", "errors"), Map.entry("os", "os"), Map.entry("sort", "sort"));

    private SnippetImports() {
    }

    /** The file with the missing imports added, and the added paths (sorted). */
    record Result(File file, List<String> added) {
    }

    static Result add(File file) {
        Set<String> declared = new HashSet<>();
        for (Spec.ImportSpec imp : file.imports()) {
            if (imp.name() != null) {
                declared.add(imp.name().name());
            } else {
                String path = imp.pathValue();
                declared.add(path.substring(path.lastIndexOf('/') + 1));
            }
        }
        AstWalker.walk(file, n -> collectDeclared(n, declared));

        Map<String, Expr.Ident> firstUse = new LinkedHashMap<>();
        AstWalker.walk(file, n -> {
            if (n instanceof Expr.Selector s && s.x() instanceof Expr.Ident id
                    && SUPPORTED.containsKey(id.name()) && !declared.contains(id.name())) {
                firstUse.putIfAbsent(id.name(), id);
            }
        });
        if (firstUse.isEmpty()) return new Result(file, List.of());

        List<Spec.ImportSpec> imports = new ArrayList<>(file.imports());
        List<String> added = new ArrayList<>();
        List<Map.Entry<String, Expr.Ident>> uses = new ArrayList<>(firstUse.entrySet());
        uses.sort(Map.Entry.comparingByKey(Comparator.comparing(SUPPORTED::get))); // sorted, as goimports writes them
        for (Map.Entry<String, Expr.Ident> e : uses) {
            String path = SUPPORTED.get(e.getKey());
            Pos at = e.getValue().pos();
            imports.add(new Spec.ImportSpec(at, null, new Expr.BasicLit(at, LitKind.STRING, "\"" + path + "\"")));
            added.add(path);
        }
        File out = new File(file.pos(), file.fileName(), file.packageName(), List.copyOf(imports), file.decls());
        return new Result(out, List.copyOf(added));
    }

    /** Adds the names that node {@code n} declares. */
    private static void collectDeclared(Node n, Set<String> declared) {
        switch (n) {
            case Decl.FuncDecl f when f.recv() == null -> declared.add(f.name().name());
            case Spec.ValueSpec v -> v.names().forEach(i -> declared.add(i.name()));
            case Spec.TypeSpec t -> declared.add(t.name().name());
            case Field f -> f.names().forEach(i -> declared.add(i.name()));
            case Stmt.Assign a when a.op() == Token.DEFINE -> a.lhs().forEach(x -> {
                if (x instanceof Expr.Ident i) declared.add(i.name());
            });
            case Stmt.Range r when r.tok() == Token.DEFINE -> {
                if (r.key() instanceof Expr.Ident i) declared.add(i.name());
                if (r.value() instanceof Expr.Ident i) declared.add(i.name());
            }
            case Stmt.TypeSwitch ts when ts.binding() != null -> declared.add(ts.binding().name());
            default -> {
            }
        }
    }
}
