package dev.spindle.lang.compile;

import dev.spindle.lang.types.Initializer;
import dev.spindle.lang.types.Library;
import dev.spindle.lang.types.Symbol;

/**
 * One Go-written library package ({@code context}, {@code golang.org/x/sync/errgroup},
 * {@code golang.org/x/sync/semaphore}) compiled into the program that imports it, by a
 * {@link Compiler} that has the package's own checker Info and shares everything else
 * (protos, globals, method tables) with main's. Its functions are ordinary protos: their
 * channel operations, locks and timers are the same runtime operations a user program's are,
 * so a context's Done channel is a channel in the yard like any other.
 */
final class LibraryPackage {
    private final Compiler c;
    private final Library.GoSource src;

    LibraryPackage(Compiler c, Library.GoSource src) {
        this.c = c;
        this.src = src;
        int slash = src.path().lastIndexOf('/');
        if (src.path().contains(".")) {
            c.namePrefix = src.path().substring(0, slash + 1); // golang.org/x/sync/errgroup.(*Group).Go
        }
    }

    /**
     * Where tracebacks say the package's functions are: Go's GOROOT for std, the module cache
     * for golang.org/x. (The lines are those of Spindle's Go source of the package.)
     */
    private String file() {
        String last = src.path().substring(src.path().lastIndexOf('/') + 1) + ".go";
        return src.path().contains(".") ? "/root/go/pkg/mod/" + src.path() + "/" + last
                : "/usr/local/go/src/" + src.path() + "/" + last;
    }

    /** Creates the package's protos and variable slots (before any body that may call them is compiled). */
    void declare() {
        Escapes.analyze(c.info, c.boxed, src.file());
        c.declareFuncs();
        for (Initializer init : c.info.initOrder()) {
            for (Symbol.Var v : init.lhs()) {
                c.global(v);
            }
        }
    }

    /** Compiles the bodies and returns the package's initializer (its variables, then its init functions). */
    FuncProto compile() {
        int before = c.all.size();
        c.compileBodies();
        String name = src.file().packageName().name();
        FuncProto init = new FuncProto(c.namePrefix + name + ".init", new int[0], new int[0]);
        c.all.add(init);
        new FuncCompiler(c, null, init).compileEntry(c.info.initOrder(), c.initFuncs(), null, null);
        c.drainLiterals();
        // The package's own protos: its declared functions, and the literals and init made just now.
        String file = file();
        for (var fi : c.info.funcList()) {
            FuncProto p = fi.symbol() == null ? null : c.funcProtos.get(fi.symbol());
            if (p != null) {
                p.setSourceFile(file);
            }
        }
        for (FuncProto p : c.all.subList(before, c.all.size())) {
            p.setSourceFile(file);
        }
        return init;
    }
}
