package dev.spindle.lang.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A defined type: {@code main.T}, {@code time.Duration}, {@code sync.WaitGroup}, the universe's
 * {@code error}. Identity is by reference (two declarations are two types even when they look
 * alike). The underlying type is set after construction because declarations may refer to each
 * other ({@code type node struct { next *node }}); methods are added as their declarations are
 * collected.
 */
public final class Named implements Type {
    private final String pkgPath;
    private final String name;
    private Type underlying;
    private final List<Symbol.Func> methods = new ArrayList<>();
    /** An instance of a generic type ({@code Stack[int]}): its type arguments and origin; see {@link Generics}. */
    private List<Type> typeArgs = List.of();
    private Object origin;
    /** A type parameter ({@code T} inside a generic signature): its constraint; see {@link Generics}. */
    private Interface typeParamBound;

    /** @param pkgPath import path of the declaring package ("main", "sync/atomic"), or "" for the universe */
    public Named(String pkgPath, String name, Type underlying) {
        this.pkgPath = pkgPath;
        this.name = name;
        this.underlying = underlying;
    }

    public String pkgPath() {
        return pkgPath;
    }

    /** The package name as Go qualifies the type ("rand" for math/rand), "" for the universe. */
    public String pkgName() {
        int slash = pkgPath.lastIndexOf('/');
        return slash < 0 ? pkgPath : pkgPath.substring(slash + 1);
    }

    public String name() {
        return name;
    }

    /** Qualified name as {@code %T} prints it: "main.T", "time.Duration", "error", "main.Stack[int]". */
    public String qualifiedName() {
        return TypeString.of(this);
    }

    /** The type arguments of a generic type's instance ({@code [int]} of {@code Stack[int]}), else empty. */
    public List<Type> typeArgs() {
        return typeArgs;
    }

    /** The generic declaration an instance was made from (compared by identity), else null. */
    Object origin() {
        return origin;
    }

    void setInstance(Object origin, List<Type> args) {
        this.origin = origin;
        this.typeArgs = List.copyOf(args);
    }

    /** True for a type parameter; it exists only in generic signatures, never at run time. */
    public boolean isTypeParam() {
        return typeParamBound != null;
    }

    Interface typeParamBound() {
        return typeParamBound;
    }

    void setTypeParamBound(Interface bound) {
        this.typeParamBound = bound;
    }

    @Override
    public Type underlying() {
        // A chain of defined types (type A B; type B int) resolves to the final non-named type.
        Type u = underlying;
        int guard = 0;
        while (u instanceof Named n && guard++ < 100) {
            u = n.underlying;
        }
        return u == null ? Basic.INVALID : u;
    }

    /** Set once the declaration's type expression has been resolved. */
    public void setUnderlying(Type t) {
        this.underlying = t;
    }

    /** The underlying as declared: may be another Named (type A B) before chasing. */
    Type declaredUnderlying() {
        return underlying;
    }

    public boolean hasUnderlying() {
        return underlying != null;
    }

    public List<Symbol.Func> methods() {
        return Collections.unmodifiableList(methods);
    }

    public void addMethod(Symbol.Func m) {
        methods.add(m);
    }

    /**
     * Declares a method on {@code recvBase} from outside the checker (tests, tools): creates the
     * Func with its receiver ({@code T} or {@code *T}) and adds it to the type.
     */
    public static Symbol.Func declareMethod(Named recvBase, boolean pointerReceiver, String name, Signature sig,
                                            boolean isNative) {
        Symbol.Func f = new Symbol.Func(name, sig, recvBase.pkgPath(), isNative, 0, 0);
        Type rt = pointerReceiver ? new Pointer(recvBase) : recvBase;
        f.setReceiver(new Symbol.Var("recv", rt, Symbol.VarKind.RECEIVER, recvBase.pkgPath(), 0, 0));
        recvBase.addMethod(f);
        return f;
    }

    public Optional<Symbol.Func> method(String name) {
        for (Symbol.Func m : methods) {
            if (m.name().equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
