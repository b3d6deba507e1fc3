package dev.spindle.lang.vet;

import dev.spindle.lang.syntax.AstWalker;
import dev.spindle.lang.syntax.Decl;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.ExprString;
import dev.spindle.lang.syntax.Field;
import dev.spindle.lang.syntax.File;
import dev.spindle.lang.syntax.Spec;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.syntax.Token;
import dev.spindle.lang.types.Array;
import dev.spindle.lang.types.CallInfo;
import dev.spindle.lang.types.Info;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The copylocks analyzer: a value containing a lock (a type whose pointer has Lock and
 * Unlock, or Go's sync.noCopy marker) copied by a parameter or receiver, an argument, an
 * assignment, a variable declaration, a composite literal, a return or a range variable.
 * The message names the path to the lock as go vet does:
 * {@code sync.WaitGroup contains sync.noCopy}, {@code command-line-arguments.counter contains sync.Mutex}.
 */
final class CopyLocks {
    private final Info info;
    private final List<Finding> out;

    CopyLocks(Info info, List<Finding> out) {
        this.info = info;
        this.out = out;
    }

    void run(File file) {
        AstWalker.walk(file, n -> {
            switch (n) {
                case Decl.FuncDecl fd -> func(fd.name().name(), fd.recv(), fd.type());
                case Expr.FuncLit fl -> func("func", null, fl.type());
                case Stmt.Assign a -> assign(a);
                case Spec.ValueSpec vs -> valueSpec(vs);
                case Expr.CompositeLit cl -> compositeLit(cl);
                case Stmt.Return r -> {
                    for (Expr x : r.results()) {
                        String path = lockPathRhs(x);
                        if (path != null) {
                            report(x, "return copies lock value: " + path);
                        }
                    }
                }
                case Expr.Call c -> call(c);
                case Stmt.Range r -> {
                    rangeVar(r.tok(), r.key());
                    rangeVar(r.tok(), r.value());
                }
                default -> { }
            }
        });
    }

    private void report(Expr at, String message) {
        out.add(new Finding(at.pos(), "copylocks", message));
    }

    private void func(String name, Field recv, Expr.FuncType type) {
        if (recv != null) {
            String path = lockPath(typeOfTypeExpr(recv));
            if (path != null) {
                report(recv.type(), name + " passes lock by value: " + path);
            }
        }
        for (Field p : type.params()) {
            String path = lockPath(typeOfTypeExpr(p));
            if (path != null) {
                report(p.type(), name + " passes lock by value: " + path);
            }
        }
    }

    private Type typeOfTypeExpr(Field f) {
        Type t = info.typeOf(f.type());
        if (t == null && !f.names().isEmpty() && info.defs().get(f.names().getFirst()) instanceof Symbol.Var v) {
            t = v.type();
        }
        return t;
    }

    private void assign(Stmt.Assign a) {
        if ((a.op() != Token.ASSIGN && a.op() != Token.DEFINE) || a.lhs().size() != a.rhs().size()) {
            return;
        }
        for (int i = 0; i < a.rhs().size(); i++) {
            Expr x = a.rhs().get(i);
            String path = lockPathRhs(x);
            if (path != null) {
                report(x, "assignment copies lock value to " + ExprString.of(a.lhs().get(i)) + ": " + path);
            }
        }
    }

    private void valueSpec(Spec.ValueSpec vs) {
        if (vs.values().size() != vs.names().size()) {
            return;
        }
        for (int i = 0; i < vs.values().size(); i++) {
            Expr x = vs.values().get(i);
            String path = lockPathRhs(x);
            if (path != null) {
                report(x, "variable declaration copies lock value to " + vs.names().get(i).name() + ": " + path);
            }
        }
    }

    private void compositeLit(Expr.CompositeLit cl) {
        for (Expr e : cl.elts()) {
            Expr x = e instanceof Expr.KeyValue kv ? kv.value() : e;
            String path = lockPathRhs(x);
            if (path != null) {
                report(x, "literal copies lock value from " + ExprString.of(x) + ": " + path);
            }
        }
    }

    private void call(Expr.Call c) {
        CallInfo ci = info.calls().get(c);
        if (ci == null || ci.kind() == CallInfo.Kind.BUILTIN || ci.kind() == CallInfo.Kind.CONVERSION) {
            return;
        }
        for (Expr x : c.args()) {
            String path = lockPathRhs(x);
            if (path != null) {
                report(x, "call of " + ExprString.of(c.fun()) + " copies lock value: " + path);
            }
        }
    }

    private void rangeVar(Token tok, Expr e) {
        if (e == null || (e instanceof Expr.Ident id && id.name().equals("_"))) {
            return;
        }
        Type t = tok == Token.DEFINE && e instanceof Expr.Ident id && info.defs().get(id) instanceof Symbol.Var v
                ? v.type() : info.typeOf(e);
        String path = lockPath(t);
        if (path != null) {
            report(e, "range var " + ExprString.of(e) + " copies lock: " + path);
        }
    }

    /** go vet's lockPathRhs: a fresh value (literal, call result) copies nothing that was in use. */
    private String lockPathRhs(Expr x) {
        Expr u = Expr.unparen(x);
        if (u instanceof Expr.CompositeLit || u instanceof Expr.Call) {
            return null;
        }
        if (u instanceof Expr.Star s && Expr.unparen(s.x()) instanceof Expr.Call) {
            return null;
        }
        if (u instanceof Expr.Ident id && id.name().equals("nil")) {
            return null;
        }
        return lockPath(info.typeOf(u));
    }

    /** The path to a lock inside a value of type t, printed outermost first, or null. */
    static String lockPath(Type t) {
        List<String> path = lockPath(t, new HashSet<>());
        if (path == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            b.append(path.get(i));
            if (i > 0) {
                b.append(" contains ");
            }
        }
        return b.toString();
    }

    /** Innermost first, as go vet builds it. */
    private static List<String> lockPath(Type t, Set<Type> seen) {
        if (t == null || !seen.add(t)) {
            return null;
        }
        while (t.underlying() instanceof Array a) {
            t = a.elem();
        }
        if (!(t.underlying() instanceof Struct st)) {
            return null;
        }
        if (t instanceof Named n) {
            List<String> lib = GoLocks.path(n);
            if (lib != null) {
                return lib;
            }
        }
        for (Struct.Field f : st.fields()) {
            List<String> sub = lockPath(f.type(), seen);
            if (sub != null) {
                List<String> p = new ArrayList<>(sub);
                p.add(GoLocks.typeString(t));
                return p;
            }
        }
        return null;
    }
}
