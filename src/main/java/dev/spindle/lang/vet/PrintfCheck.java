package dev.spindle.lang.vet;

import dev.spindle.lang.syntax.AstWalker;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.ExprString;
import dev.spindle.lang.syntax.File;
import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.CallInfo;
import dev.spindle.lang.types.Constant;
import dev.spindle.lang.types.Info;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;
import dev.spindle.lang.types.TypeString;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The printf analyzer, for the fmt functions: a verb whose argument has the wrong type
 * ({@code fmt.Printf format %d has arg s of wrong type string}), a verb past the last
 * argument, arguments no verb reads, and a Println-style call whose first argument looks
 * like a format. Like go vet, at most one report per call, the first problem found.
 */
final class PrintfCheck {
    private final Info info;
    private final List<Finding> out;

    PrintfCheck(Info info, List<Finding> out) {
        this.info = info;
        this.out = out;
    }

    /** Printf-like functions and the index of their format argument. */
    private static final Map<String, Integer> PRINTF = Map.of("fmt.Printf", 0, "fmt.Sprintf", 0, "fmt.Errorf", 0,
            "fmt.Fprintf", 1);
    private static final Set<String> PRINT = Set.of("fmt.Println", "fmt.Print", "fmt.Sprintln", "fmt.Sprint",
            "fmt.Fprintln", "fmt.Fprint");

    void run(File file) {
        AstWalker.walk(file, n -> {
            if (n instanceof Expr.Call c && info.calls().get(c) instanceof CallInfo ci && ci.func() != null
                    && !ci.func().isMethod()) {
                String name = ci.func().qualifiedName();
                Integer fmtIndex = PRINTF.get(name);
                if (fmtIndex != null) {
                    printf(c, name, fmtIndex);
                } else if (PRINT.contains(name)) {
                    print(c, name);
                }
            }
        });
    }

    private void report(Expr.Call c, String message) {
        out.add(new Finding(c.pos(), "printf", message));
    }

    private void print(Expr.Call c, String name) {
        int first = name.startsWith("fmt.F") ? 1 : 0;
        if (c.args().size() <= first || !(info.valueOf(c.args().get(first)) instanceof Constant.Str s)) {
            return;
        }
        String text = s.value();
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '%') {
                int j = i + 1;
                while (j < text.length() && "+-# 0123456789.".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j < text.length() && "bcdeEfFgGopqstTvxXUw".indexOf(text.charAt(j)) >= 0) {
                    report(c, name + " call has possible Printf formatting directive " + text.substring(i, j + 1));
                    return;
                }
            }
        }
    }

    private void printf(Expr.Call c, String name, int fmtIndex) {
        if (c.args().size() <= fmtIndex || c.ellipsis() != null
                || !(info.valueOf(c.args().get(fmtIndex)) instanceof Constant.Str s)) {
            return;
        }
        String f = s.value();
        List<Expr> args = c.args().subList(fmtIndex + 1, c.args().size());
        int argNum = 0;
        for (int i = 0; i < f.length(); i++) {
            if (f.charAt(i) != '%') {
                continue;
            }
            int start = i;
            i++;
            while (i < f.length() && "+-# 0".indexOf(f.charAt(i)) >= 0) {
                i++;
            }
            while (i < f.length() && (Character.isDigit(f.charAt(i)) || f.charAt(i) == '.' || f.charAt(i) == '*')) {
                if (f.charAt(i) == '*') {
                    argNum++; // a star reads an int argument
                }
                i++;
            }
            if (i >= f.length()) {
                return;
            }
            char verb = f.charAt(i);
            if (verb == '%') {
                continue;
            }
            String directive = f.substring(start, i + 1);
            if (argNum >= args.size()) {
                report(c, name + " format " + directive + " reads arg #" + (argNum + 1) + ", but call has "
                        + count(args.size()));
                return;
            }
            Expr arg = args.get(argNum++);
            Type t = info.typeOf(arg);
            if (t != null && !matches(verb, t)) {
                report(c, name + " format " + directive + " has arg " + ExprString.of(arg) + " of wrong type "
                        + TypeString.relativeTo(t, "main"));
                return;
            }
        }
        if (argNum < args.size()) {
            report(c, name + " call needs " + count(argNum) + " but has " + count(args.size()));
        }
    }

    private static String count(int n) {
        return n + (n == 1 ? " arg" : " args");
    }

    /** Whether verb accepts a value of type t (interfaces and Stringers as fmt would print them). */
    private static boolean matches(char verb, Type t) {
        Type u = t.underlying();
        if (u instanceof Interface || "vTp".indexOf(verb) >= 0) {
            return true;
        }
        boolean stringer = hasMethod(t, "String") || hasMethod(t, "Error");
        if (!(u instanceof Basic b)) {
            // structs, slices, maps, pointers: fmt applies the verb element-wise; accept as go vet mostly does
            return verb != 't' || stringer;
        }
        boolean isInt = switch (b.kind()) {
            case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, UNTYPED_INT,
                 UNTYPED_RUNE -> true;
            default -> false;
        };
        boolean isFloat = b.kind() == Basic.Kind.FLOAT32 || b.kind() == Basic.Kind.FLOAT64
                || b.kind() == Basic.Kind.UNTYPED_FLOAT;
        boolean isString = b.kind() == Basic.Kind.STRING || b.kind() == Basic.Kind.UNTYPED_STRING;
        boolean isBool = b.kind() == Basic.Kind.BOOL || b.kind() == Basic.Kind.UNTYPED_BOOL;
        return switch (verb) {
            case 'd', 'b', 'o', 'O', 'c', 'U' -> isInt;
            case 'x', 'X' -> isInt || isFloat || isString || stringer;
            case 'e', 'E', 'f', 'F', 'g', 'G' -> isFloat;
            case 's' -> isString || stringer;
            case 'q' -> isString || isInt || stringer;
            case 't' -> isBool;
            case 'w' -> stringer;
            default -> true;
        };
    }

    private static boolean hasMethod(Type t, String name) {
        Type base = t instanceof Pointer p ? p.elem() : t;
        if (base instanceof Named n) {
            for (Symbol.Func m : n.methods()) {
                if (m.name().equals(name) && (t instanceof Pointer || !m.hasPointerReceiver())) {
                    return true;
                }
            }
        }
        return false;
    }
}
