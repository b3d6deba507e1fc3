package dev.spindle.lang.types;

import java.util.List;

/**
 * Go's two spellings of a type. The runtime's (reflect, {@code %T}, panics) qualifies every
 * defined type with its package and spaces out struct and interface bodies:
 * {@code struct { x int }}, {@code interface {}}. types2's (compile errors) leaves the checked
 * package's own types unqualified and writes {@code struct{x int}}, {@code interface{}} and
 * {@code any}.
 */
public final class TypeString {
    private final String localPkg;
    private final boolean runtime;
    private final StringBuilder sb = new StringBuilder();

    private TypeString(String localPkg, boolean runtime) {
        this.localPkg = localPkg;
        this.runtime = runtime;
    }

    /** The runtime spelling, as {@code fmt.Printf("%T")} prints it. */
    public static String of(Type t) {
        TypeString w = new TypeString(null, true);
        w.write(t);
        return w.sb.toString();
    }

    /** types2's spelling in error messages about package {@code pkgPath}. */
    public static String relativeTo(Type t, String pkgPath) {
        TypeString w = new TypeString(pkgPath, false);
        w.write(t);
        return w.sb.toString();
    }

    private void write(Type t) {
        switch (t) {
            case Basic b -> sb.append(runtime && b.kind() == Basic.Kind.UINT8 ? "uint8"
                    : runtime && b.kind() == Basic.Kind.INT32 ? "int32" : b.name());
            case Named n -> {
                if (!n.pkgPath().isEmpty() && !n.pkgPath().equals(localPkg)) {
                    sb.append(n.pkgName()).append('.');
                }
                sb.append(n.name());
                if (!n.typeArgs().isEmpty()) {
                    sb.append('[');
                    for (int i = 0; i < n.typeArgs().size(); i++) {
                        if (i > 0) {
                            sb.append(',');
                        }
                        write(n.typeArgs().get(i));
                    }
                    sb.append(']');
                }
            }
            case Pointer p -> {
                sb.append('*');
                write(p.elem());
            }
            case Slice s -> {
                sb.append("[]");
                write(s.elem());
            }
            case Array a -> {
                sb.append('[').append(a.length()).append(']');
                write(a.elem());
            }
            case MapType m -> {
                sb.append("map[");
                write(m.key());
                sb.append(']');
                write(m.elem());
            }
            case Chan c -> {
                switch (c.dir()) {
                    case BOTH -> sb.append("chan ");
                    case SEND -> sb.append("chan<- ");
                    case RECV -> sb.append("<-chan ");
                }
                // chan (<-chan int) needs parentheses to keep its meaning.
                boolean paren = c.dir() == Chan.Dir.BOTH && c.elem() instanceof Chan inner
                        && inner.dir() == Chan.Dir.RECV;
                if (paren) {
                    sb.append('(');
                }
                write(c.elem());
                if (paren) {
                    sb.append(')');
                }
            }
            case Signature s -> {
                sb.append("func");
                signature(s);
            }
            case Struct s -> {
                sb.append(runtime ? "struct {" : "struct{");
                for (int i = 0; i < s.fields().size(); i++) {
                    Struct.Field f = s.fields().get(i);
                    sb.append(i == 0 ? (runtime ? " " : "") : "; ");
                    if (!f.embedded()) {
                        sb.append(f.name()).append(' ');
                    }
                    write(f.type());
                }
                sb.append(runtime && !s.fields().isEmpty() ? " }" : "}");
            }
            case Interface i -> {
                if (!runtime && i.isAnyAlias()) {
                    sb.append("any");
                    return;
                }
                if (i.isImplicit() && i.terms() != null) {
                    terms(i.terms());
                    return;
                }
                sb.append(runtime ? "interface {" : "interface{");
                List<Interface.Method> ms = i.allMethods();
                if (i.terms() != null) {
                    terms(i.terms());
                    if (!ms.isEmpty()) {
                        sb.append("; ");
                    }
                }
                for (int k = 0; k < ms.size(); k++) {
                    sb.append(k == 0 ? (runtime ? " " : "") : "; ");
                    sb.append(ms.get(k).name());
                    signature(ms.get(k).sig());
                }
                sb.append(runtime && !ms.isEmpty() ? " }" : "}");
            }
            case Tuple tu -> {
                sb.append('(');
                list(tu.types(), false);
                sb.append(')');
            }
        }
    }

    private void terms(List<Interface.Term> ts) {
        for (int k = 0; k < ts.size(); k++) {
            sb.append(k == 0 ? "" : " | ").append(ts.get(k).tilde() ? "~" : "");
            write(ts.get(k).type());
        }
    }

    private void signature(Signature s) {
        sb.append('(');
        list(s.params(), s.variadic());
        sb.append(')');
        if (s.results().isEmpty()) {
            return;
        }
        sb.append(' ');
        if (s.results().size() == 1) {
            write(s.results().getFirst());
            return;
        }
        sb.append('(');
        list(s.results(), false);
        sb.append(')');
    }

    private void list(List<Type> types, boolean variadic) {
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (variadic && i == types.size() - 1 && types.get(i) instanceof Slice s) {
                sb.append("...");
                write(s.elem());
            } else {
                write(types.get(i));
            }
        }
    }
}
