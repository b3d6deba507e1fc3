package dev.spindle.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticProgramsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 100, 5000})
    void generatesValidProgramsOfAboutTheRequestedSize(int lines) {
        String src = SyntheticPrograms.generate(lines);
        long count = src.chars().filter(c -> c == '\n').count();
        assertThat(count).isGreaterThanOrEqualTo(Math.min(lines, 20)).isLessThan(lines + 80L);
        ParseResult r = Parser.parse("prog.go", src);
        assertThat(r.errors()).isEmpty();
        assertThat(SyntheticPrograms.generate(lines)).isEqualTo(src);
    }
}
