package dev.spindle.lang.types;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lexical scope: universe, package, file, function, block. Lookup walks outwards.
 * Insertion returns the symbol already declared under that name (for "x redeclared in
 * this block") instead of replacing it.
 */
public final class Scope {

    public enum Kind { UNIVERSE, PACKAGE, FILE, FUNC, BLOCK }

    private final Scope parent;
    private final Kind kind;
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();

    public Scope(Scope parent, Kind kind) {
        this.parent = parent;
        this.kind = kind;
    }

    public Scope parent() {
        return parent;
    }

    public Kind kind() {
        return kind;
    }

    /** Declares {@code s}; returns the previous symbol of that name in this scope, or null. */
    public Symbol insert(Symbol s) {
        Symbol old = symbols.get(s.name());
        if (old != null) {
            return old;
        }
        symbols.put(s.name(), s);
        return null;
    }

    public Symbol lookupLocal(String name) {
        return symbols.get(name);
    }

    public Symbol lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Symbol sym = s.symbols.get(name);
            if (sym != null) {
                return sym;
            }
        }
        return null;
    }

    /** The scope in which {@code name} is found, or null. */
    public Scope scopeOf(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.symbols.containsKey(name)) {
                return s;
            }
        }
        return null;
    }

    public Collection<Symbol> symbols() {
        return symbols.values();
    }
}
