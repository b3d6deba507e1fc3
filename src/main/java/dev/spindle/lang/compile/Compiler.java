package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.Decl;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.File;
import dev.spindle.lang.syntax.Node;
import dev.spindle.lang.syntax.Pos;
import dev.spindle.lang.types.FuncInfo;
import dev.spindle.lang.types.Info;
import dev.spindle.lang.types.Initializer;
import dev.spindle.lang.types.Library;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a checked file into a {@link Program}: one {@link FuncProto} per function, method
 * and function literal, the package variables, the method tables for interface calls, and
 * the entry function that initializes the package and calls {@code main.main}. The compiler
 * trusts the checker's {@link Info} and never re-derives a type.
 */
public final class Compiler {
    final Info info;
    final Layouts layouts;
    final String fileName;
    /** Protos by function symbol (declared functions and methods). */
    final Map<Symbol.Func, FuncProto> funcProtos;
    /** Protos by function literal node, created when the enclosing function is compiled. */
    final Map<Node, FuncProto> litProtos;
    /** Package variables (main's and the library's native ones), in slot order. */
    final Map<Symbol.Var, Integer> globals;
    final List<String> globalNames;
    final List<Object> globalZeros;
    final List<Integer> globalKinds;
    /** Non-aggregate variables that live in Boxes (captured by a closure or address taken). */
    final Set<Symbol.Var> boxed;
    /** Wrapper protos for natives and runtime calls used as values (defer fmt.Println(...)). */
    final Map<String, FuncProto> wrappers;
    final List<FuncProto> all;
    final Map<Type, Map<String, MethodRef>> methods;
    /**
     * Function literals nested deeper than this inside one function body are compiled after it
     * ({@link #drainLiterals}) instead of inside it: 25,000 nested closures made the compiler's
     * Java stack 14 frames per level deep, and every young collection scanned all of it.
     */
    static final int MAX_LITERAL_NESTING = 16;
    /** How deep the literal whose body is being compiled now is nested (0: a declared function). */
    int literalNesting;
    /** A literal body left for later: its proto (already in {@link #all}), its info and body. */
    private record LiteralJob(FuncProto proto, FuncInfo info, dev.spindle.lang.syntax.Stmt.Block body) {}
    /** Literal bodies deferred since the last drain, in the order they were met. */
    private final List<LiteralJob> deferred = new ArrayList<>();
    /** Where {@link #addProto} inserts while a deferred body compiles (-1: at the end). */
    private int insertAt = -1;

    /**
     * Adds a proto to {@link #all}. While a deferred literal body compiles, what it adds goes
     * right after that literal's own proto (and what its body added before), so {@code all}
     * keeps the order of compiling every literal inside its parent: disassembly is unchanged.
     */
    void addProto(FuncProto p) {
        if (insertAt < 0) {
            all.add(p);
        } else {
            all.add(insertAt++, p);
        }
    }

    void deferLiteral(FuncProto p, FuncInfo info, dev.spindle.lang.syntax.Stmt.Block body) {
        deferred.add(new LiteralJob(p, info, body));
    }

    /**
     * Compiles the deferred literal bodies, parents before children and children in source
     * order (a body's own deferred literals go before the siblings waiting after it): the
     * order compiling them in place would have had. Each starts again at nesting 0.
     */
    void drainLiterals() {
        java.util.ArrayDeque<LiteralJob> queue = new java.util.ArrayDeque<>();
        for (;;) {
            for (int i = deferred.size() - 1; i >= 0; i--) {
                queue.addFirst(deferred.get(i));
            }
            deferred.clear();
            LiteralJob j = queue.pollFirst();
            if (j == null) {
                break;
            }
            // The literal was just added or sits near the end: lastIndexOf finds it at once.
            insertAt = all.lastIndexOf(j.proto()) + 1;
            new FuncCompiler(this, j.info(), j.proto()).compileBody(j.body());
        }
        insertAt = -1;
    }

    /** Prepended to function names as Go's tracebacks spell them: "golang.org/x/sync/" for errgroup, "" otherwise. */
    String namePrefix = "";

    private Compiler(Info info, String fileName) {
        this.info = info;
        this.fileName = fileName;
        this.layouts = new Layouts();
        this.funcProtos = new HashMap<>();
        this.litProtos = new HashMap<>();
        this.globals = new LinkedHashMap<>();
        this.globalNames = new ArrayList<>();
        this.globalZeros = new ArrayList<>();
        this.globalKinds = new ArrayList<>();
        this.boxed = new HashSet<>();
        this.wrappers = new HashMap<>();
        this.all = new ArrayList<>();
        this.methods = new HashMap<>();
    }

    /** A compiler for one Go-written library package: its own Info, everything else shared with main's. */
    Compiler(Compiler main, Info info) {
        this.info = info;
        this.fileName = main.fileName;
        this.layouts = main.layouts;
        this.funcProtos = main.funcProtos;
        this.litProtos = main.litProtos;
        this.globals = main.globals;
        this.globalNames = main.globalNames;
        this.globalZeros = main.globalZeros;
        this.globalKinds = main.globalKinds;
        this.boxed = main.boxed;
        this.wrappers = main.wrappers;
        this.all = main.all;
        this.methods = main.methods;
    }

    /** Compiles a file the checker accepted. */
    public static Program compile(File file, Info info) {
        return new Compiler(info, file.fileName() == null ? "prog.go" : file.fileName()).run(file);
    }

    private Program run(File file) {
        List<String> paths = new ArrayList<>();
        for (dev.spindle.lang.syntax.Spec.ImportSpec is : file.imports()) {
            paths.add(is.pathValue());
        }
        List<LibraryPackage> libs = new ArrayList<>();
        for (Library.GoSource src : Library.standard().sourcesFor(paths)) {
            libs.add(new LibraryPackage(new Compiler(this, src.info()), src));
        }
        for (LibraryPackage lib : libs) {
            lib.declare();
        }
        Escapes.analyze(info, boxed, file);
        declareFuncs();
        for (Initializer init : info.initOrder()) {
            for (Symbol.Var v : init.lhs()) {
                global(v);
            }
        }
        List<FuncProto> libInits = new ArrayList<>();
        for (LibraryPackage lib : libs) {
            libInits.add(lib.compile());
        }
        compileBodies();
        buildMethodTables();
        FuncProto entry = compileEntry(libInits);
        FuncProto main = mainProto();
        int[] kinds = new int[globalKinds.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = globalKinds.get(i);
        }
        return new Program(fileName, entry, main, List.copyOf(all), List.copyOf(globalNames),
                java.util.Collections.unmodifiableList(new ArrayList<>(globalZeros)), kinds, methods);
    }

    /** Creates the protos of this compiler's declared functions and methods (before any body is compiled). */
    void declareFuncs() {
        for (FuncInfo fi : info.funcList()) {
            if (fi.node() instanceof Decl.FuncDecl fd && fi.symbol() != null && fd.body() != null) {
                FuncProto p = new FuncProto(namePrefix + fi.name(), paramKinds(fi), resultKinds(fi.signature().results()));
                funcProtos.put(fi.symbol(), p);
                all.add(p);
            }
        }
    }

    /** Compiles the bodies of this compiler's declared functions and methods. */
    void compileBodies() {
        for (FuncInfo fi : info.funcList()) {
            if (fi.node() instanceof Decl.FuncDecl fd && fi.symbol() != null && fd.body() != null) {
                new FuncCompiler(this, fi, funcProtos.get(fi.symbol())).compileBody(fd.body());
                drainLiterals();
            }
        }
    }

    /** The slot of a package variable, allocating it on first use. */
    int global(Symbol.Var v) {
        Integer g = globals.get(v);
        if (g == null) {
            g = globalNames.size();
            globals.put(v, g);
            globalNames.add(v.qualifiedName());
            globalZeros.add("main".equals(v.pkgPath()) || Library.standard().sourcesFor(List.of(v.pkgPath())).size() > 0
                    ? layouts.zero(v.type(), v.name()) : null);
            globalKinds.add(Layouts.kind(v.type()));
        }
        return g;
    }

    private FuncProto compileEntry(List<FuncProto> libInits) {
        FuncProto entry = new FuncProto("runtime.main", new int[0], new int[0]);
        all.addFirst(entry);
        FuncCompiler fc = new FuncCompiler(this, null, entry);
        List<FuncProto> inits = new ArrayList<>(libInits);
        inits.addAll(initFuncs());
        fc.compileEntry(info.initOrder(), inits, mainProto(), mainEnd());
        drainLiterals();
        return entry;
    }

    List<FuncProto> initFuncs() {
        List<FuncProto> out = new ArrayList<>();
        for (FuncInfo fi : info.funcList()) {
            if (fi.symbol() != null && !fi.symbol().isMethod() && fi.symbol().name().equals("init")
                    && fi.node() instanceof Decl.FuncDecl) {
                out.add(funcProtos.get(fi.symbol()));
            }
        }
        return out;
    }

    /** The closing brace of main's body (null without one). */
    private Pos mainEnd() {
        for (FuncInfo fi : info.funcList()) {
            if (fi.symbol() != null && !fi.symbol().isMethod() && fi.symbol().name().equals("main")
                    && fi.node() instanceof Decl.FuncDecl fd && fd.body() != null) {
                return fd.body().rbrace();
            }
        }
        return null;
    }

    private FuncProto mainProto() {
        for (Map.Entry<Symbol.Func, FuncProto> e : funcProtos.entrySet()) {
            if (!e.getKey().isMethod() && e.getKey().name().equals("main")) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Method tables: T gets its value-receiver methods, *T all of them. */
    private void buildMethodTables() {
        for (Map.Entry<Symbol.Func, FuncProto> e : funcProtos.entrySet()) {
            Symbol.Func f = e.getKey();
            if (!f.isMethod()) {
                continue;
            }
            Named base = f.receiverBase();
            if (base == null) {
                continue;
            }
            Type ptr = new Pointer(base);
            if (f.hasPointerReceiver()) {
                methods.computeIfAbsent(ptr, k -> new HashMap<>()).put(f.name(), new MethodRef(e.getValue(), null, false));
            } else {
                methods.computeIfAbsent(base, k -> new HashMap<>()).put(f.name(), new MethodRef(e.getValue(), null, false));
                methods.computeIfAbsent(ptr, k -> new HashMap<>()).put(f.name(), new MethodRef(e.getValue(), null, true));
            }
        }
    }

    int[] paramKinds(FuncInfo fi) {
        List<Type> ps = new ArrayList<>();
        if (fi.receiver() != null) {
            ps.add(fi.receiver().type());
        }
        ps.addAll(fi.signature().params());
        return kinds(ps);
    }

    static int[] resultKinds(List<Type> results) {
        return kinds(results);
    }

    static int[] kinds(List<Type> ts) {
        int[] k = new int[ts.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = Layouts.kind(ts.get(i));
        }
        return k;
    }

    static Pos pos(Expr e) {
        return e.pos();
    }
}
