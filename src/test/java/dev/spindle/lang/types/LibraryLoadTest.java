package dev.spindle.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.syntax.ParseResult;
import dev.spindle.lang.syntax.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The standard library is checked a package at a time, on first use: a start pays only for
 * the packages its program reaches, and the result is the library that loading every package
 * gives (same members, same shared types, same order of Go-written sources).
 */
class LibraryLoadTest {

    private static CheckResult check(Library lib, String src) {
        ParseResult pr = Parser.parse("prog.go", src);
        assertThat(pr.errors()).isEmpty();
        return new Checker("main", false, lib::userImport).run(pr.file());
    }

    @Test
    void helloWorldLoadsFmtAndWhatItImportsOnly() {
        Library lib = Library.empty();
        assertThat(lib.loadedPaths()).isEmpty();
        CheckResult r = check(lib, """
                package main

                import "fmt"

                func main() {
                	fmt.Println("hello, world")
                }
                """);
        assertThat(r.errors()).isEmpty();
        assertThat(lib.loadedPaths()).containsExactly("io", "fmt");
    }

    @Test
    void aPackageIsLoadedAfterItsImportsAndSharedByThem() {
        Library lib = Library.empty();
        Package errgroup = lib.userImport("golang.org/x/sync/errgroup");
        assertThat(lib.loadedPaths()).containsExactly("errors", "io", "fmt", "sync", "time", "context",
                "golang.org/x/sync/errgroup");
        // One sync, checked once: errgroup's Group holds the very sync.WaitGroup a program names.
        assertThat(lib.named("sync.WaitGroup")).isSameAs(lib.pkg("sync").member("WaitGroup").type());
        assertThat(errgroup).isSameAs(lib.pkg("golang.org/x/sync/errgroup"));
        assertThat(lib.loadedPaths()).hasSize(7);
    }

    @Test
    void aQualifiedNameLoadsItsPackage() {
        Library lib = Library.empty();
        assertThat(lib.named("time.Duration")).isNotNull();
        assertThat(lib.loadedPaths()).containsExactly("time");
        assertThat(lib.member("errgroup.Group")).isNotNull();
        assertThat(lib.member("nosuch.Thing")).isNull();
        assertThat(lib.userImport("io")).isNull();
        assertThat(lib.userImport("net/http")).isNull();
    }

    @Test
    void loadOrderDoesNotChangeTheLibrary() {
        Library lazy = Library.empty();
        // Ask for packages in an order unlike the load order of loadAll.
        for (String p : List.of("maps", "golang.org/x/sync/semaphore", "slices", "math/rand", "fmt")) {
            assertThat(lazy.userImport(p)).isNotNull();
        }
        List<String> lazySources = lazy.sourcesFor(List.of("slices", "context", "maps")).stream()
                .map(Library.GoSource::path).toList();
        Library all = Library.empty().loadAll();
        List<String> allSources = all.sourcesFor(List.of("slices", "context", "maps")).stream()
                .map(Library.GoSource::path).toList();
        assertThat(lazySources).isEqualTo(allSources);
        assertThat(lazy.packages().keySet()).containsExactlyElementsOf(all.packages().keySet());
        for (String p : all.packages().keySet()) {
            assertThat(lazy.pkg(p).scope().symbols().stream().map(Symbol::toString).toList())
                    .as(p).isEqualTo(all.pkg(p).scope().symbols().stream().map(Symbol::toString).toList());
        }
        assertThat(lazy.natives().stream().map(Symbol::toString).toList())
                .isEqualTo(all.natives().stream().map(Symbol::toString).toList());
    }
}
