package dev.spindle.vm.stdlib;

import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Signature;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;
import dev.spindle.lang.types.Universe;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The library types the natives create, declared by hand for unit tests the way the types helper's
 * stub files declare them (same shapes and method sets), until the checker can load the stubs.
 */
final class TestLibrary {

    private final Map<String, Named> types = new HashMap<>();

    TestLibrary() {
        Named errorString = struct("errors", "errorString", field("s", Basic.STRING, "errors"));
        method(errorString, "Error", List.of(), List.of(Basic.STRING));
        Named joinError = struct("errors", "joinError", field("errs", new Slice(Universe.ERROR), "errors"));
        method(joinError, "Error", List.of(), List.of(Basic.STRING));
        method(joinError, "Unwrap", List.of(), List.of(new Slice(Universe.ERROR)));
        Named wrapError = struct("fmt", "wrapError", field("msg", Basic.STRING, "fmt"), field("err", Universe.ERROR, "fmt"));
        method(wrapError, "Error", List.of(), List.of(Basic.STRING));
        method(wrapError, "Unwrap", List.of(), List.of(Universe.ERROR));
        Named wrapErrors = struct("fmt", "wrapErrors", field("msg", Basic.STRING, "fmt"),
                field("errs", new Slice(Universe.ERROR), "fmt"));
        method(wrapErrors, "Error", List.of(), List.of(Basic.STRING));
        method(wrapErrors, "Unwrap", List.of(), List.of(new Slice(Universe.ERROR)));
        Named numError = struct("strconv", "NumError", field("Func", Basic.STRING, "strconv"),
                field("Num", Basic.STRING, "strconv"), field("Err", Universe.ERROR, "strconv"));
        method(numError, "Error", List.of(), List.of(Basic.STRING));
        method(numError, "Unwrap", List.of(), List.of(Universe.ERROR));
        struct("os", "File", field("fd", Basic.INT, "os"));
        struct("strings", "Builder", field("buf", new Slice(Basic.UINT8), "strings"));
        struct("strings", "Replacer", field("oldnew", new Slice(Basic.STRING), "strings"));
        Named duration = new Named("time", "Duration", Basic.INT64);
        method(duration, "String", List.of(), List.of(Basic.STRING));
        types.put("time.Duration", duration);
        Interface sortInterface = new Interface(List.of(
                new Interface.Method("Len", Signature.of(List.of(), List.of(Basic.INT)), "sort"),
                new Interface.Method("Less", Signature.of(List.of(Basic.INT, Basic.INT), List.of(Basic.BOOL)), "sort"),
                new Interface.Method("Swap", Signature.of(List.of(Basic.INT, Basic.INT), List.of()), "sort")), List.of());
        Named sortIface = new Named("sort", "Interface", sortInterface);
        types.put("sort.Interface", sortIface);
        Named reverse = new Named("sort", "reverse", new Struct(List.of(new Struct.Field("Interface", sortIface, true, "sort"))));
        method(reverse, "Less", List.of(Basic.INT, Basic.INT), List.of(Basic.BOOL));
        types.put("sort.reverse", reverse);
    }

    Type get(String qualifiedName) {
        Named t = types.get(qualifiedName);
        if (t == null) {
            throw new IllegalArgumentException("no library type " + qualifiedName);
        }
        return t;
    }

    private static Struct.Field field(String name, Type type, String pkg) {
        return new Struct.Field(name, type, false, pkg);
    }

    private Named struct(String pkg, String name, Struct.Field... fields) {
        Named n = new Named(pkg, name, new Struct(List.of(fields)));
        types.put(pkg + "." + name, n);
        return n;
    }

    /** A method on n (the test types cannot set receivers; value-receiver method sets suffice here). */
    static void method(Named n, String name, List<Type> params, List<Type> results) {
        n.addMethod(new Symbol.Func(name, Signature.of(params, results), n.pkgPath(), true, 0, 0));
    }
}
