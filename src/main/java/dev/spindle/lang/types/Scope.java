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
     * at every level made checking quadratic. {@code horizon} is the smallest {@link #horizon}
     * among the scopes skipped (horizons are empty and skipped too, or a nest of literals
     * checked later would walk one per 16 levels).
     */
    private record Skip(Scope to, int at, int horizon) {}

    /**
     * For a horizon (see {@link #horizon}): symbols of the scopes outwards from here that were
     * declared after this point ({@link #insert(Symbol, int)}'s sequence number) are not seen.
     */
    private final int horizon;
    /** The declaration sequence number of each symbol inserted with one; none means always visible. */
    private Map<String, Integer> seqs;

    public Scope(Scope parent, Kind kind) {
        this(parent, kind, Integer.MAX_VALUE);
    }

    private Scope(Scope parent, Kind kind, int horizon) {
        this.parent = parent;
        this.kind = kind;
        this.horizon = horizon;
        this.fills = parent == null || parent.kind == Kind.UNIVERSE ? new int[1] : parent.fills;
    }

    /**
     * An empty scope inside {@code parent} from which lookups do not see the symbols that the
     * scopes outwards received after declaration number {@code seq}. A function literal whose
     * body is checked later than where it stands (nested too deep to check it on the stack)
     * is checked inside one, so that it sees exactly the names the plain order would show it.
     */
    static Scope horizon(Scope parent, int seq) {
        return new Scope(parent, Kind.BLOCK, seq);
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

    /** As {@link #insert(Symbol)}, remembering that {@code s} is the checker's declaration number {@code seq}. */
    Symbol insert(Symbol s, int seq) {
        Symbol old = insert(s);
        if (old == null) {
            if (seqs == null) {
                seqs = new java.util.HashMap<>();
            }
            seqs.put(s.name(), seq);
        }
        return old;
    }

    /** Whether this scope's {@code name} was declared by number {@code limit} or before. */
    private boolean visible(String name, int limit) {
        if (limit == Integer.MAX_VALUE || seqs == null) {
            return true;
        }
        Integer seq = seqs.get(name);
        return seq == null || seq <= limit;
    }

    /** The next scope outwards that has symbols (the universe at the end), or null. */
    private Skip next() {
        if (parent == null) {
            return null;
        }
        Skip k = skip;
        if (k != null && k.at == fills[0]) {
            return k;
        }
        Scope s = parent;
        int horizon = Integer.MAX_VALUE;
        while (s.symbols.isEmpty() && s.parent != null) {
            horizon = Math.min(horizon, s.horizon);
            Skip up = s.skip;
            if (up != null && up.at == fills[0] && s.fills == fills) {
                horizon = Math.min(horizon, up.horizon);
                s = up.to;
            } else {
                s = s.parent;
            }
        }
        k = new Skip(s, fills[0], horizon);
        skip = k;
        return k;
    }

    public Symbol lookupLocal(String name) {
        return symbols.get(name);
    }

    public Symbol lookup(String name) {
        Scope s = this;
        int limit = horizon;
        while (true) {
            Symbol sym = s.symbols.get(name);
            if (sym != null && s.visible(name, limit)) {
                return sym;
            }
            Skip k = s.next();
            if (k == null) {
                return null;
            }
            s = k.to;
            limit = Math.min(limit, Math.min(k.horizon, s.horizon));
        }
    }

    /** The scope in which {@code name} is found, or null. */
    public Scope scopeOf(String name) {
        Scope s = this;
        int limit = horizon;
        while (true) {
            if (s.symbols.containsKey(name) && s.visible(name, limit)) {
                return s;
            }
            Skip k = s.next();
            if (k == null) {
                return null;
            }
            s = k.to;
            limit = Math.min(limit, Math.min(k.horizon, s.horizon));
        }
    }

    public Collection<Symbol> symbols() {
        return symbols.values();
    }
}
