package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.File;
import dev.spindle.lang.syntax.ParseResult;
import dev.spindle.lang.syntax.Pos;
import dev.spindle.lang.syntax.SyntaxError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The type checker's entry point and shared state. One Checker checks one file (one
 * package); the work is split by concern into helpers that share this state: {@link Decls}
 * (package-level declarations), {@link TypeExprs}, {@link Exprs}, {@link Calls},
 * {@link Builtins}, {@link Conversions}, {@link Assignments}, {@link Stmts}.
 */
public final class Checker {
    final String pkgPath;
    final boolean library;
    final Function<String, Package> importer;
    final Info info = new Info();
    final List<TypeError> errors = new ArrayList<>();
    final Scope pkgScope;
    final Scope fileScope;
    final Package pkg;
    Scope scope;
    FuncCtx fn;

    /** Binary expressions synthesised for op-assignments ({@code x += y}), printed as such in messages. */
    final java.util.Set<Expr.Binary> opAssigns = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Function-local variables, for "declared and not used". */
    final List<Symbol.Var> locals = new ArrayList<>();
    /** The function each local variable belongs to, for closure captures. */
    final Map<Symbol.Var, FuncCtx> owner = new HashMap<>();
    /**
     * Counts local declarations made while a literal is set aside, so that it sees only the names
     * declared before it (a name with no number was declared before any literal was set aside).
     */
    int declSeq;
    /** Counts function contexts ({@link FuncCtx#serial}). */
    int funcSerial;
    /** Function literals nested too deep to check on the stack, checked from a work list. */
    final LaterLiterals later = new LaterLiterals(this);
    /** Errors already reported, to keep exact duplicates out. */
    private final Set<String> reported = new HashSet<>();

    final Decls decls;
    final TypeExprs typeExprs;
    final Exprs exprs;
    final Calls calls;
    final Builtins builtins;
    final Conversions conversions;
    final Assignments assign;
    final Stmts stmts;
    final Generics generics;

    Checker(String pkgPath, boolean library, Function<String, Package> importer) {
        this.pkgPath = pkgPath;
        this.library = library;
        this.importer = importer;
        this.pkgScope = new Scope(Universe.scope(), Scope.Kind.PACKAGE);
        this.fileScope = new Scope(pkgScope, Scope.Kind.FILE);
        this.pkg = new Package(pkgPath, Naming.pkgName(pkgPath), pkgScope);
        this.info.pkg = pkg;
        this.scope = fileScope;
        this.decls = new Decls(this);
        this.typeExprs = new TypeExprs(this);
        this.exprs = new Exprs(this);
        this.calls = new Calls(this);
        this.builtins = new Builtins(this);
        this.conversions = new Conversions(this);
        this.assign = new Assignments(this);
        this.stmts = new Stmts(this);
        this.generics = new Generics(this);
    }

    /**
     * Checks a parse result: syntax errors, if any, are the result (Go stops there);
     * otherwise the file is type-checked against the standard library.
     */
    public static CheckResult check(ParseResult pr) {
        if (!pr.errors().isEmpty()) {
            List<TypeError> errs = new ArrayList<>();
            for (SyntaxError e : pr.errors()) {
                errs.add(new TypeError(e.pos(), e.message()));
            }
            Collections.sort(errs);
            return new CheckResult(new Info(), errs);
        }
        return check(pr.file());
    }

    /** Type-checks one file of package main. */
    public static CheckResult check(File file) {
        Library lib = Library.standard();
        Checker c = new Checker("main", false, lib::userImport);
        return c.run(file);
    }

    CheckResult run(File file) {
        try {
            decls.checkFile(file);
        } catch (RuntimeException e) {
            // A checker bug must not reach the user as a stack trace: report it as an error.
            error(file.pos(), "internal compiler error: " + e);
        }
        List<TypeError> sorted = new ArrayList<>(errors);
        Collections.sort(sorted);
        return new CheckResult(info, sorted);
    }

    // ---- errors ----

    /**
     * When set, errors are reported here instead: the name of a constant whose initialiser is
     * inherited from an earlier spec (implicit repetition), as types2 does.
     */
    Pos errPos;

    void error(Pos pos, String msg) {
        if (errPos != null) {
            pos = errPos;
        }
        if (pos == null) {
            pos = Pos.NONE;
        }
        if (reported.add(pos + msg)) {
            errors.add(new TypeError(pos, msg));
        }
    }

    void errorf(Pos pos, String fmt, Object... args) {
        error(pos, String.format(fmt, args));
    }

    /** types2's spelling of a type in a message. */
    String ts(Type t) {
        return TypeString.relativeTo(t, pkgPath);
    }

    String describe(Operand x) {
        return x.describe(pkgPath);
    }

    // ---- scopes ----

    void openScope(Scope.Kind kind) {
        scope = new Scope(scope, kind);
    }

    void closeScope() {
        scope = scope.parent();
    }

    /** Declares {@code sym} in scope {@code s}, reporting a redeclaration. */
    void declare(Scope s, Expr.Ident id, Symbol sym) {
        if (id != null) {
            info.defs.put(id, sym);
        }
        if (sym.name().equals("_")) {
            return;
        }
        // Only a literal set aside can look past a later declaration, and only at one declared
        // after it: with none pending the number is not recorded (no map per scope of every program).
        boolean local = s.kind() == Scope.Kind.FUNC || s.kind() == Scope.Kind.BLOCK;
        Symbol old = local && later.pending() ? s.insert(sym, ++declSeq) : s.insert(sym);
        if (old != null && id != null) {
            String other = old.line() > 0
                    ? "\n\tprog.go:" + old.line() + ":" + old.col() + ": other declaration of " + sym.name() : "";
            error(id.pos(), sym.name() + " redeclared in this block" + other);
            if (sym instanceof Symbol.Var v) {
                v.markUsed(); // the redeclaration is the error; do not also call it unused
            }
        }
    }

    Symbol.Var newVar(Expr.Ident id, Type t, Symbol.VarKind kind) {
        Symbol.Var v = new Symbol.Var(id.name(), t, kind, pkgPath, id.pos().line(), id.pos().col());
        if (fn != null) {
            owner.put(v, fn);
        }
        if (kind == Symbol.VarKind.LOCAL && !id.name().equals("_")) {
            locals.add(v);
        }
        return v;
    }

    // ---- recording ----

    void record(Operand x) {
        if (x.expr == null) {
            return;
        }
        Type t = x.type == null ? Basic.INVALID : x.type;
        info.types.put(x.expr, new TypeAndValue(x.publicMode(), t, x.mode == Operand.Mode.CONSTANT ? x.val : null));
    }

    void recordType(Expr e, Type t) {
        info.types.put(e, new TypeAndValue(TypeAndValue.Mode.TYPE, t, null));
    }

    /** Marks a variable as read; notes a closure capture when it belongs to an enclosing function. */
    void use(Symbol.Var v) {
        if (v.kind() == Symbol.VarKind.GLOBAL || v.kind() == Symbol.VarKind.FIELD) {
            return;
        }
        v.markUsed();
        capture(v);
    }

    /** Notes a reference (read or write) to {@code v} from the current function. */
    void capture(Symbol.Var v) {
        FuncCtx own = owner.get(v);
        if (own == null || fn == null || own == fn) {
            return;
        }
        v.markCaptured();
        // Every function from one that captures v out to v's owner captures it too, so the
        // walk stops at the first that has it already (linear, not quadratic, in nesting).
        // A literal checked from the work list stops the walk: its enclosing functions take its
        // captures in at the place it stands (LaterLiterals.merge), not at the end.
        for (FuncCtx f = fn; f != null && f != own; f = f.outer) {
            if (!f.captures.add(v) || f.later) {
                break;
            }
        }
    }
}
