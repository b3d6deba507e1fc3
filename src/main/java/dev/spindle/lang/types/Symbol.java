package dev.spindle.lang.types;

import java.util.List;

/**
 * A named entity that an identifier denotes (go/types calls these Objects). Symbols are
 * compared by identity: two locals called {@code x} are two symbols. The compiler keys its
 * slot allocation on them; {@link Info#defs()} and {@link Info#uses()} map identifiers to them.
 */
public sealed interface Symbol {

    String name();

    /** The symbol's type ({@link Basic#INVALID} for labels and packages). */
    Type type();

    /** Source position of the declaring identifier; 0:0 for universe and library symbols. */
    int line();

    int col();

    /** What a variable is; the compiler allocates them differently. */
    enum VarKind { LOCAL, PARAM, RESULT, RECEIVER, GLOBAL, FIELD }

    /** A variable: local, parameter, named result, receiver, package-level, or a struct field. */
    final class Var implements Symbol {
        private final String name;
        private Type type;
        private final VarKind kind;
        private final String pkgPath;
        private final int line;
        private final int col;
        private boolean used;
        private boolean captured;

        public Var(String name, Type type, VarKind kind, String pkgPath, int line, int col) {
            this.name = name;
            this.type = type;
            this.kind = kind;
            this.pkgPath = pkgPath;
            this.line = line;
            this.col = col;
        }

        @Override public String name() { return name; }
        @Override public Type type() { return type; }
        @Override public int line() { return line; }
        @Override public int col() { return col; }
        public VarKind kind() { return kind; }
        public String pkgPath() { return pkgPath; }
        /** Read somewhere (the "declared and not used" check). */
        public boolean used() { return used; }
        /** Referenced from a function literal other than the declaring function: the compiler boxes it. */
        public boolean captured() { return captured; }

        void setType(Type t) { this.type = t; }
        void markUsed() { this.used = true; }
        void markCaptured() { this.captured = true; }

        /** "os.Stdout" for library variables, "main.counter" for globals, the bare name otherwise. */
        public String qualifiedName() {
            return kind == VarKind.GLOBAL ? Naming.pkgName(pkgPath) + "." + name : name;
        }

        @Override
        public String toString() {
            return "var " + name + " " + type;
        }
    }

    /** A named constant; {@code value} is exact (see {@link Constant}). */
    final class Const implements Symbol {
        private final String name;
        private Type type;
        private Constant value;
        private final String pkgPath;
        private final int line;
        private final int col;
        private boolean used;

        public Const(String name, Type type, Constant value, String pkgPath, int line, int col) {
            this.name = name;
            this.type = type;
            this.value = value;
            this.pkgPath = pkgPath;
            this.line = line;
            this.col = col;
        }

        @Override public String name() { return name; }
        @Override public Type type() { return type; }
        @Override public int line() { return line; }
        @Override public int col() { return col; }
        public Constant value() { return value; }
        public String pkgPath() { return pkgPath; }
        public boolean used() { return used; }

        void set(Type t, Constant v) { this.type = t; this.value = v; }
        void markUsed() { this.used = true; }

        @Override
        public String toString() {
            return "const " + name + " " + type + " = " + value;
        }
    }

    /** A type name: a defined type ({@link Named}), a basic type, or an alias (byte, rune, any). */
    final class TypeName implements Symbol {
        private final String name;
        private Type type;
        private final String pkgPath;
        private final int line;
        private final int col;

        public TypeName(String name, Type type, String pkgPath, int line, int col) {
            this.name = name;
            this.type = type;
            this.pkgPath = pkgPath;
            this.line = line;
            this.col = col;
        }

        @Override public String name() { return name; }
        @Override public Type type() { return type; }
        @Override public int line() { return line; }
        @Override public int col() { return col; }
        public String pkgPath() { return pkgPath; }

        void setType(Type t) { this.type = t; }

        private Generics.Decl generic;
        /** The generic declaration when this names a generic type ({@code Stack[T any]}), else null. */
        Generics.Decl generic() { return generic; }
        void setGeneric(Generics.Decl g) { this.generic = g; }
        /** True for a generic type, usable only instantiated. */
        public boolean isGeneric() { return generic != null; }

        @Override
        public String toString() {
            return "type " + name + " " + type;
        }
    }

    /**
     * A function or method. Methods carry their receiver; {@code type()} is the signature
     * without the receiver. {@code isNative()} is true for bodiless library declarations,
     * which the vm resolves by {@link #qualifiedName()} in the stdlib registry.
     */
    final class Func implements Symbol {
        private final String name;
        private Signature sig;
        private final String pkgPath;
        private Var receiver;
        private List<String> paramNames = List.of();
        private List<String> resultNames = List.of();
        private final boolean isNative;
        private final int line;
        private final int col;

        public Func(String name, Signature sig, String pkgPath, boolean isNative, int line, int col) {
            this.name = name;
            this.sig = sig;
            this.pkgPath = pkgPath;
            this.isNative = isNative;
            this.line = line;
            this.col = col;
        }

        @Override public String name() { return name; }
        @Override public Signature type() { return sig; }
        @Override public int line() { return line; }
        @Override public int col() { return col; }
        public String pkgPath() { return pkgPath; }
        public Var receiver() { return receiver; }
        public boolean isMethod() { return receiver != null; }
        public boolean isNative() { return isNative; }
        public List<String> paramNames() { return paramNames; }
        public List<String> resultNames() { return resultNames; }

        /** True for a method declared on {@code *T}. */
        public boolean hasPointerReceiver() {
            return receiver != null && receiver.type() instanceof Pointer;
        }

        /** The receiver's defined type (T for both {@code T} and {@code *T} receivers). */
        public Named receiverBase() {
            if (receiver == null) {
                return null;
            }
            Type t = receiver.type() instanceof Pointer p ? p.elem() : receiver.type();
            return t instanceof Named n ? n : null;
        }

        void setSignature(Signature s) { this.sig = s; }
        void setReceiver(Var r) { this.receiver = r; }

        private Generics.Decl generic;
        /** The generic declaration when this is a generic function, else null. */
        Generics.Decl generic() { return generic; }
        void setGeneric(Generics.Decl g) { this.generic = g; }
        /** True for a generic function, which only its instances run. */
        public boolean isGeneric() { return generic != null; }

        private String instanceName;
        /** Go's traceback name of an instance ("main.Map[...]"), else null. */
        public String instanceName() { return instanceName; }
        void setInstanceName(String n) { this.instanceName = n; }
        void setNames(List<String> params, List<String> results) {
            this.paramNames = List.copyOf(params);
            this.resultNames = List.copyOf(results);
        }

        /**
         * The name the stdlib registry and Go's tracebacks use: "main.worker", "fmt.Println",
         * "time.Duration.String", "sync.WaitGroup.Add" (methods as pkg.Type.Method, whatever
         * the receiver's pointerness).
         */
        public String qualifiedName() {
            Named base = receiverBase();
            if (base != null) {
                return base.pkgName() + "." + base.name() + "." + name;
            }
            return Naming.pkgName(pkgPath) + "." + name;
        }

        @Override
        public String toString() {
            return "func " + qualifiedName() + sig.toString().substring(4);
        }
    }

    /** An imported package as named in the file ({@code rand} for "math/rand"). */
    final class PkgName implements Symbol {
        private final String name;
        private final Package pkg;
        private final int line;
        private final int col;
        private boolean used;

        public PkgName(String name, Package pkg, int line, int col) {
            this.name = name;
            this.pkg = pkg;
            this.line = line;
            this.col = col;
        }

        @Override public String name() { return name; }
        @Override public Type type() { return Basic.INVALID; }
        @Override public int line() { return line; }
        @Override public int col() { return col; }
        public Package pkg() { return pkg; }
        public boolean used() { return used; }

        void markUsed() { this.used = true; }
    }

    /** A predeclared function: len, append, make, ... */
    final class Builtin implements Symbol {
        private final BuiltinKind kind;

        public Builtin(BuiltinKind kind) {
            this.kind = kind;
        }

        @Override public String name() { return kind.goName(); }
        @Override public Type type() { return Basic.INVALID; }
        @Override public int line() { return 0; }
        @Override public int col() { return 0; }
        public BuiltinKind kind() { return kind; }
    }

    /** A statement label; break/continue name it. */
    final class Label implements Symbol {
        private final String name;
        private final int line;
        private final int col;
        private boolean used;

        public Label(String name, int line, int col) {
            this.name = name;
            this.line = line;
            this.col = col;
        }

        @Override public String name() { return name; }
        @Override public Type type() { return Basic.INVALID; }
        @Override public int line() { return line; }
        @Override public int col() { return col; }
        public boolean used() { return used; }

        void markUsed() { this.used = true; }
    }

    /** The predeclared {@code nil}. */
    final class Nil implements Symbol {
        @Override public String name() { return "nil"; }
        @Override public Type type() { return Basic.UNTYPED_NIL; }
        @Override public int line() { return 0; }
        @Override public int col() { return 0; }
    }
}
