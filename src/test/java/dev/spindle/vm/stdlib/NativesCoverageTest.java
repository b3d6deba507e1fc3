package dev.spindle.vm.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.types.Library;
import dev.spindle.lang.types.Symbol;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The registry and the checker's library declarations name the same natives. */
class NativesCoverageTest {

    /** The packages (and parts of time and os) that this library implements; the rest is the runtime's. */
    private static final Predicate<String> OURS = name ->
            name.startsWith("fmt.") || name.startsWith("strings.") || name.startsWith("strconv.")
                    || name.startsWith("math.") || name.startsWith("sort.") || name.startsWith("errors.")
                    || name.startsWith("rand.") || name.startsWith("time.Duration.")
                    || name.equals("time.ParseDuration") || name.startsWith("time.Time.") || name.equals("time.Unix") || name.equals("time.Month.String")
                    || name.equals("time.Weekday.String") || name.startsWith("os.File.") || name.equals("os.Getenv");

    @Test
    void everyDeclaredNativeOfOurPackagesIsImplemented() {
        Set<String> declared = new TreeSet<>();
        for (Symbol.Func f : Library.standard().natives()) {
            if (OURS.test(f.qualifiedName())) {
                declared.add(f.qualifiedName());
            }
        }
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(Natives.functionNames());
        assertThat(declared).hasSizeGreaterThan(150);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyImplementedNativeIsDeclared() {
        Set<String> declared = new TreeSet<>();
        for (Symbol.Func f : Library.standard().natives()) {
            declared.add(f.qualifiedName());
        }
        Set<String> undeclared = new TreeSet<>(Natives.functionNames());
        undeclared.removeAll(declared);
        assertThat(undeclared).isEmpty();
    }

    @Test
    void nativeVariablesAreDeclaredLibraryVariables() {
        for (String name : Natives.variableNames()) {
            assertThat(Library.standard().member(name)).as(name).isInstanceOf(Symbol.Var.class);
        }
    }
}
