package dev.spindle.vm.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Natives are registered a package at a time, on first lookup, and answer the same whatever came first. */
class NativeFunctionsTest {

    @Test
    void aLookupRegistersItsPackageOnly() {
        NativeFunctions fns = new NativeFunctions();
        assertThat(fns.registeredPackages()).isEmpty();
        assertThat(fns.lookup("fmt.Println")).isNotNull();
        assertThat(fns.registeredPackages()).containsExactly("fmt");
        assertThat(fns.lookup("time.Duration.String")).isNotNull();
        assertThat(fns.registeredPackages()).containsExactly("fmt", "time");
    }

    @Test
    void unknownNamesRegisterNothing() {
        NativeFunctions fns = new NativeFunctions();
        assertThat(fns.lookup("fmt.NoSuchFunction")).isNull();
        assertThat(fns.lookup("net.Dial")).isNull();
        assertThat(fns.lookup("noDot")).isNull();
        assertThat(fns.registeredPackages()).containsExactly("fmt");
    }

    @Test
    void theAnswersDoNotDependOnWhatWasLookedUpFirst() {
        NativeFunctions lazy = new NativeFunctions();
        assertThat(lazy.lookup("strings.Fields")).isNotNull();
        NativeFunctions all = new NativeFunctions();
        assertThat(all.names()).contains("fmt.Println", "strings.Fields", "rand.Intn", "os.Getenv", "math.Sqrt");
        assertThat(all.registeredPackages())
                .containsExactly("errors", "fmt", "math", "os", "rand", "sort", "strconv", "strings", "time");
        for (String name : all.names()) {
            assertThat(lazy.lookup(name)).as(name).isNotNull();
        }
        assertThat(lazy.names()).isEqualTo(all.names()).isEqualTo(Natives.functionNames());
    }
}
