package dev.spindle.runtime.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.lang.compile.Program;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The explorer tests' small Go programs (src/test/resources/explore), compiled. */
final class ExploreFixtures {

    private ExploreFixtures() {}

    static Program program(String name) {
        try (InputStream in = ExploreFixtures.class.getResourceAsStream("/explore/" + name + ".go")) {
            assertThat(in).as(name).isNotNull();
            Frontend.Result r = Frontend.compile("prog.go", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(r.errors()).isEmpty();
            return r.program();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
