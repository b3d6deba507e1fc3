package dev.spindle.lang.types;

/**
 * A package: the checked {@code main}, or one of the library packages the spec allows
 * (their members are declared by the stubs in resources/dev/spindle/lang/types/stdlib).
 */
public record Package(String path, String name, Scope scope) {
    public Symbol member(String name) {
        return scope.lookupLocal(name);
    }
}
