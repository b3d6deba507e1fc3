package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Decl;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Pos;
import java.util.List;
import java.util.Map;

/**
 * Method declarations: the receiver must be a defined type of this package that is neither
 * a pointer nor an interface; the method joins that type's method set unless its name is
 * already a method or a field of the type (types2's "already declared" and "field and method
 * with the same name").
 */
final class Methods {
    private Methods() {
    }

    /** Declares the method of {@code fd} on its receiver's type; records its signature in {@code sigs}. */
    static void declare(Checker c, Decl.FuncDecl fd, Map<Decl.FuncDecl, TypeExprs.Sig> sigs,
                        Map<Decl.FuncDecl, Symbol.Func> methods) {
        Expr rt = Exprs.unparen(fd.recv().type());
        boolean ptr = false;
        if (rt instanceof Expr.Star s) {
            ptr = true;
            rt = Exprs.unparen(s.x());
        }
        if (rt instanceof Expr.Index ix) {
            c.generics.declareMethod(fd, ix);
            return;
        }
        Expr.Ident recvName = fd.recv().names().isEmpty() ? null : fd.recv().names().getFirst();
        Symbol.Func f = new Symbol.Func(fd.name().name(), Signature.of(List.of(), List.of()), c.pkgPath,
                fd.body() == null, fd.name().pos().line(), fd.name().pos().col());
        c.info.defs.put(fd.name(), f);
        TypeExprs.Sig sig = c.typeExprs.signature(fd.type());
        sigs.put(fd, sig);
        f.setSignature(sig.sig());
        f.setNames(Decls.names(sig.params()), Decls.names(sig.results()));
        if (fd.body() == null && !c.library) {
            c.error(fd.name().pos(), "missing function body");
        }
        if (!(rt instanceof Expr.Ident base)) {
            c.error(rt.pos(), "invalid receiver type " + dev.spindle.lang.syntax.ExprString.of(fd.recv().type()));
            return;
        }
        Symbol s = c.pkgScope.lookupLocal(base.name());
        if (s == null) {
            Symbol u = Universe.scope().lookup(base.name());
            if (u instanceof Symbol.TypeName) {
                c.info.uses.put(base, u);
                c.error(base.pos(), "cannot define new methods on non-local type " + base.name());
            } else {
                c.error(base.pos(), "undefined: " + base.name());
            }
            return;
        }
        c.info.uses.put(base, s);
        if (!(s instanceof Symbol.TypeName tn) || !(tn.type() instanceof Named n)) {
            c.error(base.pos(), base.name() + " is not a type");
            return;
        }
        c.recordType(base, n);
        Type recvType = ptr ? new Pointer(n) : n;
        c.recordType(fd.recv().type(), recvType);
        if (n.underlying() instanceof Pointer || n.underlying() instanceof Interface) {
            c.error(base.pos(), "invalid receiver type " + base.name() + " (pointer or interface type)");
            return;
        }
        Pos rp = recvName != null ? recvName.pos() : fd.recv().pos();
        f.setReceiver(new Symbol.Var(recvName == null ? "" : recvName.name(), recvType, Symbol.VarKind.RECEIVER,
                c.pkgPath, rp.line(), rp.col()));
        String mname = fd.name().name();
        if (mname.equals("_")) {
            return;
        }
        var old = n.method(mname);
        if (old.isPresent()) {
            c.error(fd.name().pos(), "method " + n.name() + "." + mname + " already declared at prog.go:"
                    + old.get().line() + ":" + old.get().col());
            return;
        }
        if (n.underlying() instanceof Struct st && st.indexOf(mname) >= 0) {
            c.error(fd.name().pos(), "field and method with the same name " + mname);
            return;
        }
        n.addMethod(f);
        methods.put(fd, f);
    }
}
