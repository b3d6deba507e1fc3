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
    /**
     * Shared by the scopes of one package (the universe has its own): counts the scopes that
     * received their first symbol, which is when a cached {@link Skip} may have gone stale.
     */
    private final int[] fills;
    /** Where lookup goes next from here, or null until asked (one reference: read atomically). */
    private Skip skip;

    /**
     * The nearest ancestor with symbols, valid while {@code fills} is {@code at}. Lookup walks
     * outwards through these instead of every scope: a function literal nested 25,000 deep
     * has 50,000 empty scopes above its body, and looking up {@code int} through each of them
     * at every level made checking quadratic.
     */
    private record Skip(Scope to, int at) {}

    public Scope(Scope parent, Kind kind) {
        this.parent = parent;
        this.kind = kind;
        this.fills = parent == null || parent.kind == Kind.UNIVERSE ? new int[1] : parent.fills;
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
        if (symbols.isEmpty()) {
            fills[0]++;
        }
        symbols.put(s.name(), s);
        return null;
    }

    /** The next scope outwards that has symbols (the universe at the end), or null. */
    private Scope next() {
        if (parent == null) {
            return null;
        }
        Skip k = skip;
        if (k != null && k.at == fills[0]) {
            return k.to;
        }
        Scope s = parent;
        while (s.symbols.isEmpty() && s.parent != null) {
            Skip up = s.skip;
            s = up != null && up.at == fills[0] && s.fills == fills ? up.to : s.parent;
        }
        skip = new Skip(s, fills[0]);
        return s;
    }

    public Symbol lookupLocal(String name) {
        return symbols.get(name);
    }

    public Symbol lookup(String name) {
        for (Scope s = this; s != null; s = s.next()) {
            Symbol sym = s.symbols.get(name);
            if (sym != null) {
                return sym;
            }
        }
        return null;
    }

    /** The scope in which {@code name} is found, or null. */
    public Scope scopeOf(String name) {
        for (Scope s = this; s != null; s = s.next()) {
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
