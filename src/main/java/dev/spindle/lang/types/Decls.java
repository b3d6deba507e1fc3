package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Decl;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.File;
import dev.spindle.lang.syntax.Pos;
import dev.spindle.lang.syntax.Spec;
import dev.spindle.lang.syntax.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Package-level declarations: imports, then every const, var, type and func is collected
 * into the package scope before anything is resolved, so that declarations may refer to
 * each other in any order. Objects are resolved on demand (a const used before its
 * declaration is evaluated when first met), methods are attached to their receiver types
 * before any body is checked, and package variables get Go's dependency-ordered
 * initialisation. Local (in-function) const/var/type declarations reuse the same code.
 */
final class Decls {
    private final Checker c;

    /** How a package-level object is declared. */
    private sealed interface ObjDecl {
    }

    private record ConstDecl(Symbol.Const sym, Expr type, Expr init, int iota, Expr.Ident id, boolean inherited)
            implements ObjDecl {
    }

    private record VarDecl(List<Symbol.Var> vars, List<Expr.Ident> ids, Expr type, List<Expr> values) implements ObjDecl {
    }

    private record TypeDecl(Symbol.TypeName sym, Spec.TypeSpec spec) implements ObjDecl {
    }

    private record FuncDecl(Symbol.Func sym, Decl.FuncDecl decl) implements ObjDecl {
    }

    private enum State { RESOLVING, DONE }

    private final Map<Symbol, ObjDecl> declOf = new HashMap<>();
    private final Map<Symbol, State> state = new HashMap<>();
    private final Map<Symbol, Set<Symbol>> deps = new HashMap<>();
    private final Deque<Set<Symbol>> depStack = new ArrayDeque<>();
    private final Map<Decl.FuncDecl, TypeExprs.Sig> sigs = new HashMap<>();
    private final List<VarDecl> varDecls = new ArrayList<>();
    private final List<Symbol.PkgName> imports = new ArrayList<>();
    private final Map<Symbol.PkgName, Spec.ImportSpec> importSpecs = new HashMap<>();
    private int globalLiterals;

    Decls(Checker c) {
        this.c = c;
    }

    String nextGlobalLiteralName() {
        globalLiterals++;
        return Naming.pkgName(c.pkgPath) + ".init.func" + globalLiterals;
    }

    // ---- the file ----

    void checkFile(File f) {
        if (!c.library && f.packageName() != null && !f.packageName().name().equals("main")) {
            c.error(f.packageName().pos(), "package " + f.packageName().name() + " is not a main package");
        }
        for (Spec.ImportSpec is : f.imports()) {
            importSpec(is);
        }
        List<Decl.FuncDecl> funcs = new ArrayList<>();
        for (Decl d : f.decls()) {
            switch (d) {
                case Decl.GenDecl g -> collectGen(g, c.pkgScope, true);
                case Decl.FuncDecl fd -> {
                    funcs.add(fd);
                    if (fd.recv() == null) {
                        collectFunc(fd);
                    }
                }
            }
        }
        // Types first (methods need their receiver types), then methods, then the rest.
        for (Symbol s : new ArrayList<>(declOf.keySet())) {
            if (declOf.get(s) instanceof TypeDecl) {
                resolve(s);
            }
        }
        typeCycles(f);
        for (Decl.FuncDecl fd : funcs) {
            if (fd.recv() != null) {
                method(fd);
            }
        }
        List<Symbol> ordered = new ArrayList<>(declOf.keySet());
        ordered.sort(Comparator.comparingInt(Symbol::line).thenComparingInt(Symbol::col));
        for (Symbol s : ordered) {
            resolve(s);
        }
        for (Decl.FuncDecl fd : funcs) {
            functionBody(fd);
        }
        c.generics.drain();
        if (!c.library) {
            c.generics.checkUninstantiated();
        }
        InitOrder.compute(c, pendingInits, deps, f.fileName() == null ? "prog.go" : f.fileName());
        if (!c.library) {
            for (Symbol.Var v : c.locals) {
                if (!v.used()) {
                    c.error(new Pos(v.line(), v.col()), "declared and not used: " + v.name());
                }
            }
            for (Symbol.PkgName p : imports) {
                if (!p.used()) {
                    Spec.ImportSpec is = importSpecs.get(p);
                    String path = "\"" + p.pkg().path() + "\"";
                    boolean renamed = is.name() != null;
                    c.error(is.pos(), path + (renamed ? " imported as " + p.name() : " imported") + " and not used");
                }
            }
            if (!(c.pkgScope.lookupLocal("main") instanceof Symbol.Func)) {
                c.error(f.packageName() != null ? f.packageName().pos() : f.pos(),
                        "function main is undeclared in the main package");
            }
        }
    }

    /** {@code var init}, {@code type main int}: at package level these two names are functions only. */
    private void mustBeFunc(Decl.GenDecl g) {
        for (Spec s : g.specs()) {
            List<Expr.Ident> names = switch (s) {
                case Spec.ValueSpec vs -> vs.names();
                case Spec.TypeSpec ts -> List.of(ts.name());
                default -> List.of();
            };
            for (Expr.Ident id : names) {
                if (id.name().equals("init") || (id.name().equals("main") && c.pkgPath.equals("main"))) {
                    c.error(id.pos(), "cannot declare " + id.name() + " - must be func");
                }
            }
        }
    }

    /** Recursive types and late map keys, once every type is resolved ({@link TypeCycles}). */
    private void typeCycles(File f) {
        List<Symbol.TypeName> names = new ArrayList<>();
        Map<Symbol.TypeName, Spec.TypeSpec> specs = new HashMap<>();
        for (Map.Entry<Symbol, ObjDecl> e : declOf.entrySet()) {
            if (e.getValue() instanceof TypeDecl td) {
                names.add(td.sym());
                specs.put(td.sym(), td.spec());
            }
        }
        names.sort(Comparator.comparingInt(Symbol::line).thenComparingInt(Symbol::col));
        TypeCycles.check(c, f.fileName() == null ? "prog.go" : f.fileName(), names, specs);
    }

    private static final Set<String> KNOWN_STD = Set.of("bufio", "bytes", "context", "encoding/json", "flag", "io",
            "io/ioutil", "log", "maps", "math/big", "math/bits", "math/cmplx", "net", "net/http", "os/exec",
            "os/signal", "path", "path/filepath", "reflect", "regexp", "slices", "syscall", "testing",
            "text/template", "unicode", "unicode/utf8", "unsafe", "container/list", "container/heap", "crypto/rand",
            "crypto/sha256", "encoding/binary", "hash/fnv", "iter", "cmp", "embed", "html/template", "os/user");

    private void importSpec(Spec.ImportSpec is) {
        String path = is.pathValue();
        Package p = c.importer.apply(path);
        if (p == null) {
            // Not "is not in std": container/ring is in Go's std; Spindle just does not have it.
            // The list goes on a continuation line, as Go puts "other declaration of" there.
            c.error(is.path().pos(), "package " + path + " is not supported by spindle\n\tsupported packages: "
                    + String.join(", ", Library.standard().importable()));
            return;
        }
        String name = is.name() != null ? is.name().name() : p.name();
        if (name.equals("_")) {
            return;
        }
        if (name.equals(".")) {
            c.error(is.name().pos(), "dot imports are not supported by spindle");
            return;
        }
        Pos pos = is.name() != null ? is.name().pos() : is.path().pos();
        Symbol.PkgName pn = new Symbol.PkgName(name, p, pos.line(), pos.col());
        if (is.name() != null) {
            c.info.defs.put(is.name(), pn);
        }
        Symbol old = c.fileScope.insert(pn);
        if (old != null) {
            c.error(pos, name + " redeclared in this block\n\tprog.go:" + old.line() + ":" + old.col()
                    + ": other declaration of " + name);
        }
        imports.add(pn);
        importSpecs.put(pn, is);
    }

    // ---- collection ----

    /** Collects a const/var/type declaration; at package level objects resolve later, locally at once. */
    private void collectGen(Decl.GenDecl g, Scope scope, boolean pkgLevel) {
        if (pkgLevel && !c.library) {
            mustBeFunc(g);
        }
        Spec.ValueSpec last = null;
        for (Spec s : g.specs()) {
            switch (s) {
                case Spec.ValueSpec vs when g.keyword() == Token.CONST -> {
                    Expr type = vs.type();
                    List<Expr> values = vs.values();
                    boolean inherited = type == null && values.isEmpty() && last != null;
                    if (inherited) {
                        type = last.type();
                        values = last.values();
                    } else {
                        last = vs;
                    }
                    if (values.isEmpty() && (type != null || last == null)) {
                        c.error(vs.names().getLast().pos(), "missing init expr for const declaration");
                    }
                    List<Symbol.Const> consts = new ArrayList<>();
                    for (int i = 0; i < vs.names().size(); i++) {
                        Expr.Ident id = vs.names().get(i);
                        Symbol.Const k = new Symbol.Const(id.name(), Basic.INVALID, null, c.pkgPath,
                                id.pos().line(), id.pos().col());
                        Expr init = i < values.size() ? values.get(i) : null;
                        if (init == null && !values.isEmpty()) {
                            c.error(id.pos(), "missing init expr for const declaration");
                        }
                        ConstDecl d = new ConstDecl(k, type, init, vs.index(), id, inherited);
                        consts.add(k);
                        if (pkgLevel) {
                            declOf.put(k, d);
                            c.declare(scope, id, k);
                        } else {
                            resolveConst(d);
                        }
                    }
                    if (values.size() > vs.names().size()) {
                        c.error(values.get(vs.names().size()).pos(), "extra init expr");
                    }
                    if (!pkgLevel) {
                        for (int i = 0; i < consts.size(); i++) {
                            c.declare(scope, vs.names().get(i), consts.get(i));
                        }
                    }
                }
                case Spec.ValueSpec vs -> {
                    List<Symbol.Var> vars = new ArrayList<>();
                    for (Expr.Ident id : vs.names()) {
                        Symbol.Var v = pkgLevel
                                ? new Symbol.Var(id.name(), null, Symbol.VarKind.GLOBAL, c.pkgPath, id.pos().line(), id.pos().col())
                                : c.newVar(id, null, Symbol.VarKind.LOCAL);
                        vars.add(v);
                    }
                    VarDecl d = new VarDecl(vars, vs.names(), vs.type(), vs.values());
                    if (pkgLevel) {
                        varDecls.add(d);
                        for (int i = 0; i < vars.size(); i++) {
                            declOf.put(vars.get(i), d);
                            c.declare(scope, vs.names().get(i), vars.get(i));
                        }
                    } else {
                        resolveVars(d);
                        for (int i = 0; i < vars.size(); i++) {
                            c.declare(scope, vs.names().get(i), vars.get(i));
                        }
                    }
                }
                case Spec.TypeSpec ts -> {
                    Symbol.TypeName tn = new Symbol.TypeName(ts.name().name(), null, c.pkgPath,
                            ts.name().pos().line(), ts.name().pos().col());
                    if (!ts.alias()) {
                        tn.setType(new Named(c.pkgPath, ts.name().name(), null));
                    }
                    TypeDecl d = new TypeDecl(tn, ts);
                    c.declare(scope, ts.name(), tn);
                    if (pkgLevel) {
                        declOf.put(tn, d);
                    } else {
                        resolveType(d);
                    }
                }
                default -> {
                }
            }
        }
    }

    private void collectFunc(Decl.FuncDecl fd) {
        String name = fd.name().name();
        Symbol.Func f = new Symbol.Func(name, Signature.of(List.of(), List.of()), c.pkgPath, fd.body() == null,
                fd.name().pos().line(), fd.name().pos().col());
        if (name.equals("init")) {
            c.info.defs.put(fd.name(), f);
            declOf.put(f, new FuncDecl(f, fd));
            return;
        }
        declOf.put(f, new FuncDecl(f, fd));
        c.declare(c.pkgScope, fd.name(), f);
    }

    /** Local declarations (inside a function body). */
    void localDecl(Decl.GenDecl g) {
        collectGen(g, c.scope, false);
    }

    // ---- on-demand resolution ----

    /** Makes sure a package-level object's type (and value) are known. */
    void resolve(Symbol s) {
        ObjDecl d = declOf.get(s);
        if (d == null) {
            return;
        }
        State st = state.get(s);
        if (st == State.DONE) {
            return;
        }
        if (st == State.RESOLVING) {
            if (d instanceof ConstDecl || d instanceof VarDecl) {
                c.error(new Pos(s.line(), s.col()), "initialization cycle or invalid recursive reference to " + s.name());
            } else if (d instanceof TypeDecl td && td.spec().alias()) {
                c.error(new Pos(s.line(), s.col()), "invalid recursive type alias " + s.name());
            }
            return;
        }
        state.put(s, State.RESOLVING);
        Scope savedScope = c.scope;
        FuncCtx savedFn = c.fn;
        int savedIota = c.exprs.iota;
        Pos savedErrPos = c.errPos;
        c.scope = c.fileScope;
        c.fn = null;
        c.errPos = null;
        Set<Symbol> ds = deps.computeIfAbsent(s, k -> new LinkedHashSet<>());
        depStack.push(ds);
        try {
            switch (d) {
                case ConstDecl cd -> resolveConst(cd);
                case VarDecl vd -> {
                    for (Symbol.Var v : vd.vars()) {
                        state.put(v, State.RESOLVING);
                        deps.put(v, ds);
                    }
                    resolveVars(vd);
                    for (Symbol.Var v : vd.vars()) {
                        state.put(v, State.DONE);
                    }
                }
                case TypeDecl td -> resolveType(td);
                case FuncDecl fd -> resolveFunc(fd);
            }
        } finally {
            depStack.pop();
            c.scope = savedScope;
            c.fn = savedFn;
            c.exprs.iota = savedIota;
            c.errPos = savedErrPos;
            state.put(s, State.DONE);
        }
    }

    /** The dependencies of the declaration being checked, or null outside one. */
    Set<Symbol> currentDeps() {
        return depStack.peek();
    }

    /** Makes {@code ds} the current declaration's dependencies again (a literal checked later). */
    void pushDeps(Set<Symbol> ds) {
        depStack.push(ds);
    }

    void popDeps() {
        depStack.pop();
    }

    /** Records that the declaration being checked refers to package-level object {@code s}. */
    void noteDependency(Symbol s) {
        if (!depStack.isEmpty() && declOf.containsKey(s) && (s instanceof Symbol.Var || s instanceof Symbol.Func)) {
            depStack.peek().add(s);
        }
    }

    private void resolveConst(ConstDecl d) {
        int saved = c.exprs.iota;
        Pos savedErrPos = c.errPos;
        c.exprs.iota = d.iota();
        if (d.inherited()) {
            c.errPos = d.id().pos();
        }
        try {
            Type t = null;
            if (d.type() != null) {
                t = c.typeExprs.typ(d.type());
                if (!Types.isInvalid(t) && !Types.isConstType(t)) {
                    c.error(d.type().pos(), "invalid constant type " + c.ts(t));
                    d.sym().set(Basic.INVALID, null);
                    return;
                }
            }
            if (d.init() == null) {
                d.sym().set(t == null ? Basic.INVALID : t, null);
                return;
            }
            Operand x = c.exprs.expr(d.init());
            if (x.invalid()) {
                d.sym().set(Basic.INVALID, null);
                return;
            }
            if (!x.isConst()) {
                c.error(d.init().pos(), c.describe(x) + " is not constant");
                d.sym().set(Basic.INVALID, null);
                return;
            }
            if (t != null) {
                c.assign.assignment(x, t, "constant declaration");
                if (x.invalid()) {
                    d.sym().set(Basic.INVALID, null);
                    return;
                }
            }
            d.sym().set(x.type, x.val);
        } finally {
            c.exprs.iota = saved;
            c.errPos = savedErrPos;
        }
    }

    /** Resolves a var spec: its type and initial values; records package initialisers. */
    void resolveVars(VarDecl d) {
        Type t = d.type() == null ? null : c.typeExprs.declaredType(d.type(), d.ids().getFirst().pos());
        List<Symbol.Var> vars = d.vars();
        int n = vars.size();
        if (d.values().isEmpty()) {
            if (t == null) {
                t = Basic.INVALID;
            }
            for (Symbol.Var v : vars) {
                v.setType(t);
            }
            return;
        }
        List<Operand> targets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            targets.add(new Operand(Operand.Mode.VARIABLE, null, t, null));
        }
        List<Operand> values;
        if (d.values().size() != n && d.values().size() != 1) {
            for (Expr e : d.values()) {
                c.exprs.multi(e);
            }
            if (d.values().size() > n) {
                c.error(d.values().get(n).pos(), "assignment mismatch: " + n + (n == 1 ? " variable" : " variables")
                        + " but " + d.values().size() + " values");
            } else {
                c.error(d.ids().get(d.values().size()).pos(), "assignment mismatch: " + n
                        + (n == 1 ? " variable" : " variables") + " but " + d.values().size() + " values");
            }
            values = null;
        } else {
            values = c.stmts.assigns.rhs(n, d.values(), targets);
        }
        for (int i = 0; i < n; i++) {
            Symbol.Var v = vars.get(i);
            Type vt = t;
            if (values != null) {
                Operand x = values.get(i);
                c.assign.assignment(x, t, "variable declaration");
                if (vt == null) {
                    vt = x.invalid() ? Basic.INVALID : x.type;
                }
                if (!x.invalid() && d.values().size() == n) {
                    c.stmts.assigns.nameObject(x.expr, v.name());
                }
            }
            v.setType(vt == null ? Basic.INVALID : vt);
            c.info.types.put(d.ids().get(i), new TypeAndValue(TypeAndValue.Mode.VARIABLE, v.type(), null));
        }
        if (vars.getFirst().kind() == Symbol.VarKind.GLOBAL && values != null) {
            if (d.values().size() == n) {
                for (int i = 0; i < n; i++) {
                    pendingInits.add(new Initializer(List.of(vars.get(i)), d.values().get(i)));
                }
            } else {
                pendingInits.add(new Initializer(List.copyOf(vars), d.values().getFirst()));
            }
        }
    }

    private final List<Initializer> pendingInits = new ArrayList<>();

    private void resolveType(TypeDecl d) {
        Spec.TypeSpec ts = d.spec();
        if (!ts.typeParams().isEmpty()) {
            c.generics.declareType(d.sym(), ts);
            return;
        }
        // an interface declaration may be a constraint (type Number interface{ ~int | ~float64 })
        Type t = ts.type() instanceof Expr.InterfaceType ? c.typeExprs.constraint(ts.type())
                : c.typeExprs.declaredType(ts.type(), ts.name().pos());
        if (d.sym().type() instanceof Named n) {
            if (t == n || (t instanceof Named tn && reaches(tn, n))) {
                c.error(ts.name().pos(), "invalid recursive type " + n.name());
                t = Basic.INVALID;
            }
            n.setUnderlying(t);
            c.recordType(ts.name(), n);
        } else {
            d.sym().setType(t);
        }
    }

    private static boolean reaches(Named from, Named target) {
        Named cur = from;
        for (int i = 0; i < 100 && cur != null; i++) {
            if (cur == target) {
                return true;
            }
            cur = cur.declaredUnderlying() instanceof Named nn ? nn : null;
        }
        return false;
    }

    private void resolveFunc(FuncDecl d) {
        Decl.FuncDecl fd = d.decl();
        TypeExprs.Sig sig;
        if (!fd.typeParams().isEmpty()) {
            String n = fd.name().name();
            if (!c.library && (n.equals("main") || n.equals("init"))) {
                c.error(fd.name().pos(), "func " + n + " must have no type parameters");
            }
            c.generics.declareFunc(d.sym(), fd);
            return;
        } else {
            sig = c.typeExprs.signature(fd.type());
            sigs.put(fd, sig);
        }
        d.sym().setSignature(sig.sig());
        d.sym().setNames(names(sig.params()), names(sig.results()));
        String n = fd.name().name();
        if (!c.library && (n.equals("main") || n.equals("init"))
                && (!sig.sig().params().isEmpty() || !sig.sig().results().isEmpty())) {
            c.error(fd.name().pos(), "func " + n + " must have no arguments and no return values");
        }
        if (fd.body() == null && !c.library) {
            c.error(fd.name().pos(), "missing function body");
        }
    }

    static List<String> names(TypeExprs.Params p) {
        List<String> out = new ArrayList<>();
        for (Expr.Ident id : p.names()) {
            out.add(id == null ? "" : id.name());
        }
        return out;
    }

    // ---- methods ----

    private final Map<Decl.FuncDecl, Symbol.Func> methods = new HashMap<>();

    private void method(Decl.FuncDecl fd) {
        Methods.declare(c, fd, sigs, methods);
    }

    // ---- bodies ----

    private void functionBody(Decl.FuncDecl fd) {
        TypeExprs.Sig sig = sigs.get(fd);
        if (sig == null) {
            return;
        }
        Symbol.Func sym;
        String name;
        Expr.Ident recvId = null;
        Type recvType = null;
        String pkg = Naming.pkgName(c.pkgPath);
        if (fd.recv() != null) {
            sym = methods.get(fd);
            if (sym == null || sym.receiver() == null) {
                // An invalid method: still check the body for errors inside it.
                sym = null;
            } else {
                recvType = sym.receiver().type();
            }
            recvId = fd.recv().names().isEmpty() ? null : fd.recv().names().getFirst();
            Named base = sym != null ? sym.receiverBase() : null;
            String bn = base == null ? "?" : base.name();
            name = pkg + "." + (recvType instanceof Pointer ? "(*" + bn + ")" : bn) + "." + fd.name().name();
        } else {
            sym = (Symbol.Func) c.info.defs.get(fd.name());
            name = pkg + "." + fd.name().name();
        }
        if (fd.body() == null) {
            return;
        }
        Set<Symbol> ds = sym == null ? new HashSet<>() : deps.computeIfAbsent(sym, k -> new LinkedHashSet<>());
        depStack.push(ds);
        try {
            c.stmts.body(fd, name, sig, sym, recvId, recvType, fd.body());
        } finally {
            depStack.pop();
        }
    }
}
