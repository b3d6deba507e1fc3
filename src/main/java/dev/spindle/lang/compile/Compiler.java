package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.Decl;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.File;
import dev.spindle.lang.syntax.Node;
import dev.spindle.lang.syntax.Pos;
import dev.spindle.lang.types.FuncInfo;
import dev.spindle.lang.types.Info;
import dev.spindle.lang.types.Initializer;
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
    final Layouts layouts = new Layouts();
    final String fileName;
    /** Protos by function symbol (declared functions and methods). */
    final Map<Symbol.Func, FuncProto> funcProtos = new HashMap<>();
    /** Protos by function literal node, created when the enclosing function is compiled. */
    final Map<Node, FuncProto> litProtos = new HashMap<>();
    /** Package variables (main's and the library's native ones), in slot order. */
    final Map<Symbol.Var, Integer> globals = new LinkedHashMap<>();
    final List<String> globalNames = new ArrayList<>();
    final List<Object> globalZeros = new ArrayList<>();
    final List<Integer> globalKinds = new ArrayList<>();
    /** Non-aggregate variables that live in Boxes (captured by a closure or address taken). */
    final Set<Symbol.Var> boxed = new HashSet<>();
    /** Wrapper protos for natives and runtime calls used as values (defer fmt.Println(...)). */
    final Map<String, FuncProto> wrappers = new HashMap<>();
    final List<FuncProto> all = new ArrayList<>();
    final Map<Type, Map<String, MethodRef>> methods = new HashMap<>();

    private Compiler(Info info, String fileName) {
        this.info = info;
        this.fileName = fileName;
    }

    /** Compiles a file the checker accepted. */
    public static Program compile(File file, Info info) {
        return new Compiler(info, file.fileName() == null ? "prog.go" : file.fileName()).run(file);
    }

    private Program run(File file) {
        Escapes.analyze(info, boxed, file);
        for (FuncInfo fi : info.funcList()) {
            if (fi.node() instanceof Decl.FuncDecl fd && fi.symbol() != null) {
                if (fd.body() == null) {
                    continue;
                }
                FuncProto p = new FuncProto(fi.name(), paramKinds(fi), resultKinds(fi.signature().results()));
                funcProtos.put(fi.symbol(), p);
                all.add(p);
            }
        }
        for (Initializer init : info.initOrder()) {
            for (Symbol.Var v : init.lhs()) {
                global(v);
            }
        }
        for (FuncInfo fi : info.funcList()) {
            if (fi.node() instanceof Decl.FuncDecl fd && fi.symbol() != null && fd.body() != null) {
                new FuncCompiler(this, fi, funcProtos.get(fi.symbol())).compileBody(fd.body());
            }
        }
        buildMethodTables();
        FuncProto entry = compileEntry(file);
        FuncProto main = null;
        for (Map.Entry<Symbol.Func, FuncProto> e : funcProtos.entrySet()) {
            if (!e.getKey().isMethod() && e.getKey().name().equals("main")) {
                main = e.getValue();
            }
        }
        int[] kinds = new int[globalKinds.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = globalKinds.get(i);
        }
        return new Program(fileName, entry, main, List.copyOf(all), List.copyOf(globalNames),
                java.util.Collections.unmodifiableList(new ArrayList<>(globalZeros)), kinds, methods);
    }

    /** The slot of a package variable, allocating it on first use. */
    int global(Symbol.Var v) {
        Integer g = globals.get(v);
        if (g == null) {
            g = globalNames.size();
            globals.put(v, g);
            globalNames.add(v.qualifiedName());
            globalZeros.add("main".equals(v.pkgPath()) ? layouts.zero(v.type(), v.name()) : null);
            globalKinds.add(Layouts.kind(v.type()));
        }
        return g;
    }

    private FuncProto compileEntry(File file) {
        FuncProto entry = new FuncProto("runtime.main", new int[0], new int[0]);
        all.addFirst(entry);
        FuncCompiler fc = new FuncCompiler(this, null, entry);
        fc.compileEntry(info.initOrder(), initFuncs(), mainProto());
        return entry;
    }

    private List<FuncProto> initFuncs() {
        List<FuncProto> out = new ArrayList<>();
        for (FuncInfo fi : info.funcList()) {
            if (fi.symbol() != null && !fi.symbol().isMethod() && fi.symbol().name().equals("init")
                    && fi.node() instanceof Decl.FuncDecl) {
                out.add(funcProtos.get(fi.symbol()));
            }
        }
        return out;
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
