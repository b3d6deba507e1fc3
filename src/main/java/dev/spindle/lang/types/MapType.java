package dev.spindle.lang.types;

/** {@code map[K]V} (named MapType so that it does not shadow java.util.Map). */
public record MapType(Type key, Type elem) implements Type {
    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
