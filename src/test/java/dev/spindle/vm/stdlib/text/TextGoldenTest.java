package dev.spindle.vm.stdlib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value-free algorithms against go_outputs.txt, which real Go 1.19 printed. */
class TextGoldenTest {

    private static final String FILE = "go_outputs.txt";

    @Test
    void quoteAndQuoteToAscii() {
        List<String[]> rows = Golden.rows(FILE, "Q");
        assertThat(rows).hasSizeGreaterThan(10);
        for (String[] r : rows) {
            String s = Golden.unq(r[1]);
            assertThat(Quote.quote(s)).as(r[1]).isEqualTo(r[2]);
            assertThat(Quote.quoteToAscii(s)).as(r[1]).isEqualTo(r[3]);
        }
    }

    @Test
    void quoteRune() {
        for (String[] r : Golden.rows(FILE, "R")) {
            long rune = Long.parseLong(r[1]);
            assertThat(Quote.quoteRune(rune)).as(r[1]).isEqualTo(r[2]);
            assertThat(Quote.quoteRuneToAscii(rune)).as(r[1]).isEqualTo(r[3]);
        }
    }

    @Test
    void unquote() {
        List<String[]> rows = Golden.rows(FILE, "U");
        assertThat(rows).hasSizeGreaterThan(10);
        for (String[] r : rows) {
            String in = Golden.unq(r[1]);
            var got = Quote.unquote(in);
            if (r[3].equals("<nil>")) {
                assertThat(got).as(in).contains(Golden.unq(r[2]));
            } else {
                assertThat(got).as(in).isEmpty();
            }
        }
    }

    @Test
    void durations() {
        List<String[]> rows = Golden.rows(FILE, "D");
        assertThat(rows).hasSizeGreaterThan(10);
        for (String[] r : rows) {
            long d = Long.parseLong(r[1]);
            assertThat(Durations.string(d)).as(r[1]).isEqualTo(Golden.unq(r[2]));
            assertThat(FloatFormat.format(Durations.seconds(d), 'g', -1, 64)).as(r[1]).isEqualTo(r[3]);
            assertThat(FloatFormat.format(Durations.minutes(d), 'g', -1, 64)).as(r[1]).isEqualTo(r[4]);
            assertThat(FloatFormat.format(Durations.hours(d), 'g', -1, 64)).as(r[1]).isEqualTo(r[5]);
            assertThat(Durations.round(d, Durations.SECOND)).as(r[1]).isEqualTo(Long.parseLong(r[6]));
            assertThat(Durations.truncate(d, Durations.MILLISECOND)).as(r[1]).isEqualTo(Long.parseLong(r[7]));
        }
    }

    @Test
    void parseDuration() {
        for (String[] r : Golden.rows(FILE, "P")) {
            ParseDuration.Result got = ParseDuration.parse(Golden.unq(r[1]));
            assertThat(got.duration()).as(r[1]).isEqualTo(Long.parseLong(r[2]));
            assertThat(got.error() == null ? "<nil>" : got.error()).as(r[1]).isEqualTo(r[3]);
        }
    }

    @Test
    void parseIntAndUint() {
        List<String[]> rows = Golden.rows(FILE, "I");
        assertThat(rows).hasSizeGreaterThan(10);
        for (String[] r : rows) {
            int base = Integer.parseInt(r[2]);
            int bits = Integer.parseInt(r[3]);
            Numbers.Parsed i = Numbers.parseInt(r[1], base, bits);
            assertThat(i.bits()).as(r[1]).isEqualTo(Long.parseLong(r[4]));
            assertThat(error("ParseInt", r[1], i)).as(r[1]).isEqualTo(r[5]);
            Numbers.Parsed u = Numbers.parseUint(r[1], base, bits);
            assertThat(Long.toUnsignedString(u.bits())).as(r[1]).isEqualTo(r[6]);
            assertThat(error("ParseUint", r[1], u)).as(r[1]).isEqualTo(r[7]);
        }
    }

    @Test
    void parseFloat() {
        List<String[]> rows = Golden.rows(FILE, "F");
        assertThat(rows).hasSizeGreaterThan(10);
        for (String[] r : rows) {
            Numbers.Parsed f = Numbers.parseFloat(r[1], 64);
            assertThat(FloatFormat.format(f.f(), 'g', -1, 64)).as(r[1]).isEqualTo(r[2]);
            assertThat(error("ParseFloat", r[1], f)).as(r[1]).isEqualTo(r[3]);
            Numbers.Parsed g = Numbers.parseFloat(r[1], 32);
            assertThat(FloatFormat.format(g.f(), 'g', -1, 64)).as(r[1]).isEqualTo(r[4]);
            assertThat(error("ParseFloat", r[1], g)).as(r[1]).isEqualTo(r[5]);
        }
    }

    @Test
    void split() {
        for (String[] r : Golden.rows(FILE, "S")) {
            String s = r[1];
            assertThat(q(GoStrings.genSplit(s, ",", 0, -1))).as(s).isEqualTo(r[2]);
            assertThat(q(GoStrings.genSplit(s, ",", 0, 2))).as(s).isEqualTo(r[3]);
            assertThat(q(GoStrings.genSplit(s, ",", 1, -1))).as(s).isEqualTo(r[4]);
            assertThat(q(GoStrings.genSplit(s, "", 0, -1))).as(s).isEqualTo(r[5]);
            assertThat(q(GoStrings.genSplit(s, ",", 0, 0))).as(s).isEqualTo(r[6]);
        }
    }

    /** sort.Slice is not stable: equal keys must end where Go's pdqsort leaves them. */
    @Test
    void sortLeavesTiesWhereGoDoes() {
        List<Long> vals = ints("VALS");
        assertThat(sortedBy(vals, 10, false)).isEqualTo(ints("SORT"));
        assertThat(sortedBy(vals, 10, true)).isEqualTo(ints("STABLE"));
        assertThat(sortedBy(vals.subList(0, 30), 100, false)).isEqualTo(ints("SORT30"));
    }

    private static List<Long> sortedBy(List<Long> in, int div, boolean stable) {
        long[] a = in.stream().mapToLong(Long::longValue).toArray();
        GoSort.LessSwap data = new GoSort.LessSwap() {
            @Override
            public boolean less(int i, int j) {
                return a[i] / div < a[j] / div;
            }

            @Override
            public void swap(int i, int j) {
                long t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        };
        if (stable) {
            GoSort.stable(data, a.length);
        } else {
            GoSort.sort(data, a.length);
        }
        return Arrays.stream(a).boxed().toList();
    }

    private static List<Long> ints(String tag) {
        String line = Golden.lines(FILE).stream().filter(l -> l.startsWith(tag + " [")).findFirst().orElseThrow();
        String body = line.substring(line.indexOf('[') + 1, line.length() - 1);
        return Arrays.stream(body.split(" ")).map(Long::parseLong).toList();
    }

    private static String q(List<String> xs) {
        if (xs == null) {
            return "[]";
        }
        List<String> quoted = new ArrayList<>();
        for (String x : xs) {
            quoted.add(Quote.quote(x));
        }
        return "[" + String.join(" ", quoted) + "]";
    }

    private static String error(String fn, String s, Numbers.Parsed p) {
        if (p.failure() == null) {
            return "<nil>";
        }
        String why = switch (p.failure()) {
            case SYNTAX -> "invalid syntax";
            case RANGE -> "value out of range";
            case OTHER -> p.otherText();
        };
        return "strconv." + fn + ": parsing " + Quote.quote(s) + ": " + why;
    }
}
