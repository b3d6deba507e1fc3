package dev.spindle.vm.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Chan;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.Library;
import dev.spindle.lang.types.MapType;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Signature;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;
import dev.spindle.lang.types.TypeString;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every exported function and method of the standard library Spindle offers, called with
 * nil, zero and negative arguments (and on nil and zero receivers) under {@code recover()},
 * one generated program per call: whatever Go does (a result, a recoverable panic, a fatal
 * error, a deadlock), Spindle must never answer with a Java exception or an internal error.
 */
class StdlibBadArgumentsTest {

    /** A generated call: the statement and the import paths it needs. */
    private record Call(String statement, Set<String> imports) {}

    @Test
    void noStandardLibraryCallEndsInAnInternalError() {
        List<Call> calls = calls();
        assertThat(calls).hasSizeGreaterThan(300);
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (Call c : calls) {
            String src = program(c);
            Frontend.Result r = Frontend.compile("prog.go", src);
            if (!r.errors().isEmpty()) {
                continue; // e.g. a parameter of a type the program cannot name
            }
            ran++;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> GoProgram.run(r.program(), EngineConfig.of(1, 1, out, err)), c.statement());
            String all = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
            if (all.contains("internal") || all.contains("Exception") || all.contains("java.")) {
                failures.add(c.statement() + "\n" + all.lines().limit(3).reduce("", (a, b) -> a + "  " + b + "\n"));
            }
        }
        assertThat(ran).as("programs that compiled and ran").isGreaterThan(250);
        assertThat(failures).isEmpty();
    }

    private static String program(Call c) {
        StringBuilder b = new StringBuilder("package main\n\nimport (\n\t\"fmt\"\n");
        for (String p : c.imports()) {
            if (!p.equals("fmt")) {
                b.append("\t\"").append(p).append("\"\n");
            }
        }
        b.append(")\n\nfunc main() {\n\tdefer func() { fmt.Println(\"recovered:\", recover()) }()\n\t")
                .append(c.statement()).append("\n\tfmt.Println(\"returned\")\n}\n");
        return b.toString();
    }

    private static List<Call> calls() {
        Library lib = Library.standard();
        List<Call> calls = new ArrayList<>();
        for (String path : lib.importable()) {
            var pkg = lib.userImport(path);
            for (Symbol s : pkg.scope().symbols()) {
                if (!Character.isUpperCase(s.name().charAt(0))) {
                    continue;
                }
                if (s instanceof Symbol.Func f && !f.isGeneric() && f.type() instanceof Signature sig) {
                    for (boolean negative : new boolean[] {false, true}) {
                        Set<String> imports = new TreeSet<>(Set.of(path));
                        String args = args(sig, negative, imports);
                        if (args != null) {
                            calls.add(new Call(pkg.name() + "." + s.name() + "(" + args + ")", imports));
                        }
                    }
                } else if (s instanceof Symbol.TypeName tn && !tn.isGeneric() && tn.type() instanceof Named n) {
                    String tname = pkg.name() + "." + s.name();
                    for (Symbol.Func m : n.methods()) {
                        if (!Character.isUpperCase(m.name().charAt(0)) || !(m.type() instanceof Signature sig)) {
                            continue;
                        }
                        Set<String> imports = new TreeSet<>(Set.of(path));
                        String args = args(sig, false, imports);
                        if (args == null) {
                            continue;
                        }
                        boolean pointer = m.receiver() != null && m.receiver().type() instanceof Pointer;
                        String call = "." + m.name() + "(" + args + ")";
                        calls.add(new Call("new(" + tname + ")" + call, imports));
                        if (pointer) {
                            calls.add(new Call("(*" + tname + ")(nil)" + call, imports));
                        } else if (n.underlying() instanceof Interface) {
                            calls.add(new Call("(" + tname + ")(nil)" + call, imports));
                        } else {
                            calls.add(new Call("(*new(" + tname + "))" + call, imports));
                        }
                    }
                }
            }
        }
        return calls;
    }

    /** Zero (or negative) arguments for sig, or null when one cannot be written. */
    private static String args(Signature sig, boolean negative, Set<String> imports) {
        List<Type> ps = sig.params();
        int n = sig.variadic() ? ps.size() - 1 : ps.size();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String a = zero(ps.get(i), negative, imports);
            if (a == null) {
                return null;
            }
            out.add(a);
        }
        return String.join(", ", out);
    }

    private static String zero(Type t, boolean negative, Set<String> imports) {
        Type u = t.underlying();
        if (u instanceof Pointer || u instanceof Slice || u instanceof MapType || u instanceof Chan
                || u instanceof Signature || u instanceof Interface) {
            return "nil";
        }
        if (u instanceof Basic b) {
            if (b.isString()) {
                return "\"\"";
            }
            if (b.isBoolean()) {
                return "false";
            }
            if (t instanceof Named nt) {
                if (!Library.standard().importable().contains(nt.pkgPath())) {
                    return null;
                }
                imports.add(nt.pkgPath());
                return TypeString.of(nt) + "(" + (negative ? "-1" : "0") + ")";
            }
            return negative && !b.isUnsigned() ? "-1" : "0";
        }
        if (t instanceof Named nt && Library.standard().importable().contains(nt.pkgPath())) {
            imports.add(nt.pkgPath());
            return "*new(" + TypeString.of(nt) + ")";
        }
        return null;
    }
}
