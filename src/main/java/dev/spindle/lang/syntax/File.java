package dev.spindle.lang.syntax;

import java.util.List;

/**
 * A parsed source file. {@code imports} holds every import spec in source order (the import
 * declarations are not repeated in {@code decls}); in snippet mode it also holds the imports that
 * were added, positioned at their first use. {@code packageName} is {@code main} at 1:1 in snippet
 * mode. Compares by identity (see {@link Node}).
 */
public record File(Pos pos, String fileName, Expr.Ident packageName, List<Spec.ImportSpec> imports,
                   List<Decl> decls) implements Node {
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
