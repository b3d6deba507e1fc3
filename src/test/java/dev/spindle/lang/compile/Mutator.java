package dev.spindle.lang.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes fuzz inputs from seed programs, as a fuzzer and a mischievous student would: byte
 * flips, token deletions and swaps, splices of two programs, an expression or type nested
 * 10 to 50,000 deep, huge literals, invalid UTF-8 and NUL bytes — one to three of these on
 * one seed. Inputs are byte arrays (the front end's {@link Frontend#compileBytes} sees what
 * a file holds); the same input number always gives the same bytes.
 */
final class Mutator {
    // Possessive loops only: a backtracking (a|b)* recurses per character and overflows on a long literal.
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*+|[0-9][0-9.eE_xX]*+|\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"|\\S");

    /** Nesting shapes: {prefix, suffix} around an operand, or a whole generated statement. */
    private static final String[][] NESTS = {
        {"-", ""}, {"!", ""}, {"^", ""}, {"(", ")"}, {"id(", ")"}, {"[]int{len(", ")}[0]"},
        {"*", ""}, {"&", ""}, {"<-", ""}, {"func() int { return ", " }()"},
    };
    private static final String[][] TYPE_NESTS = {{"*", ""}, {"[]", ""}, {"chan ", ""}, {"map[int]", ""},
        {"[1]", ""}, {"struct{ f ", " }"}, {"func() ", ""}, {"interface{ M() ", " }"}};

    private static final String FLIPS = " (){}[];,.:=+-*/<>!&|^\"'`\n0aZ_";

    private final List<byte[]> seeds;

    Mutator(List<byte[]> seeds) {
        this.seeds = seeds;
    }

    /** Input number {@code n}. */
    byte[] input(long n) {
        Random r = new Random(n * 0x9E3779B97F4A7C15L + 17);
        if (r.nextInt(20) == 0) {
            return generatedDeep(r);
        }
        byte[] b = seeds.get(r.nextInt(seeds.size()));
        int ops = 1 + r.nextInt(3);
        for (int i = 0; i < ops; i++) {
            b = mutate(b, r);
        }
        return b;
    }

    private byte[] mutate(byte[] b, Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> flipBytes(b, r);
            case 1 -> deleteToken(b, r);
            case 2 -> swapTokens(b, r);
            case 3 -> splice(b, seeds.get(r.nextInt(seeds.size())), r);
            case 4 -> insert(b, r, nest(r, NESTS[r.nextInt(NESTS.length)], "x"));
            case 5 -> insert(b, r, hugeLiteral(r));
            case 6 -> insert(b, r, new String(new byte[] {(byte) (0x80 + r.nextInt(128))}, StandardCharsets.ISO_8859_1));
            case 7 -> insert(b, r, "\0");
            default -> duplicateLine(b, r);
        };
    }

    private static byte[] flipBytes(byte[] b, Random r) {
        if (b.length == 0) {
            return b;
        }
        byte[] c = b.clone();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(c.length);
            c[at] = r.nextBoolean() ? (byte) (c[at] ^ (1 << r.nextInt(8))) : (byte) FLIPS.charAt(r.nextInt(FLIPS.length()));
        }
        return c;
    }

    private static List<int[]> tokens(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static byte[] deleteToken(byte[] b, Random r) {
        String s = latin1(b);
        List<int[]> t = tokens(s);
        if (t.isEmpty()) {
            return b;
        }
        int[] k = t.get(r.nextInt(t.size()));
        return bytes(s.substring(0, k[0]) + s.substring(k[1]));
    }

    private static byte[] swapTokens(byte[] b, Random r) {
        String s = latin1(b);
        List<int[]> t = tokens(s);
        if (t.size() < 2) {
            return b;
        }
        int i = r.nextInt(t.size());
        int j = r.nextInt(t.size());
        int[] a = t.get(Math.min(i, j));
        int[] c = t.get(Math.max(i, j));
        if (a == c) {
            return b;
        }
        return bytes(s.substring(0, a[0]) + s.substring(c[0], c[1]) + s.substring(a[1], c[0]) + s.substring(a[0], a[1]) + s.substring(c[1]));
    }

    private static byte[] splice(byte[] a, byte[] b, Random r) {
        int cut = a.length == 0 ? 0 : r.nextInt(a.length);
        int from = b.length == 0 ? 0 : r.nextInt(b.length);
        int len = Math.min(b.length - from, r.nextInt(400));
        byte[] out = new byte[cut + len + (a.length - cut)];
        System.arraycopy(a, 0, out, 0, cut);
        System.arraycopy(b, from, out, cut, len);
        System.arraycopy(a, cut, out, cut + len, a.length - cut);
        return out;
    }

    private static byte[] duplicateLine(byte[] b, Random r) {
        String s = latin1(b);
        String[] lines = s.split("\n", -1);
        int i = r.nextInt(lines.length);
        return bytes(s.substring(0, Math.max(0, s.indexOf(lines[i]))) + lines[i] + "\n" + s.substring(Math.max(0, s.indexOf(lines[i]))));
    }

    /** Inserts {@code text} at a random token boundary (so that it often lands in an expression). */
    private static byte[] insert(byte[] b, Random r, String text) {
        String s = latin1(b);
        List<int[]> t = tokens(s);
        int at = t.isEmpty() ? 0 : t.get(r.nextInt(t.size()))[r.nextInt(2)];
        return bytes(s.substring(0, at) + text + s.substring(at));
    }

    private static int depth(Random r) {
        // 10 .. 50,000, log-uniform: the shallow end is where most bugs are, the deep end where stacks end.
        return (int) Math.round(Math.pow(10, 1 + r.nextDouble() * Math.log10(5_000)));
    }

    private static String nest(Random r, String[] shape, String operand) {
        int n = depth(r);
        return shape[0].repeat(n) + operand + shape[1].repeat(n);
    }

    private static String hugeLiteral(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> "1".repeat(1 + r.nextInt(200_000));
            case 1 -> "1e" + (r.nextInt(2) == 0 ? "-" : "") + (1L << r.nextInt(40));
            case 2 -> "0x" + "f".repeat(1 + r.nextInt(20_000)) + "p" + r.nextInt(100_000);
            case 3 -> "\"" + "a".repeat(r.nextInt(100_000)) + "\"";
            default -> "1" + "0".repeat(r.nextInt(10_000)) + ".5e-" + r.nextInt(1_000_000);
        };
    }

    /** A whole program around one deep construct: expressions, types, statements, string concatenation. */
    private static byte[] generatedDeep(Random r) {
        String head = "package main\n\nimport \"fmt\"\n\nfunc id(x int) int { return x }\n\n";
        int n = depth(r);
        String src = switch (r.nextInt(6)) {
            case 0 -> head + "func main() {\n\tx := 1\n\tfmt.Println(" + nest(r, NESTS[r.nextInt(NESTS.length)], "x") + ")\n}\n";
            case 1 -> {
                // Struct, func and interface types compare structurally (deep equals), so nesting them
                // is quadratic in the checker: known and left, capped at 2,000 here (see the issue note).
                String[] shape = TYPE_NESTS[r.nextInt(TYPE_NESTS.length)];
                int d = shape[1].isEmpty() && !shape[0].startsWith("func") ? n : Math.min(n, 2_000);
                yield head + "var v " + shape[0].repeat(d) + "int" + shape[1].repeat(d) + "\n\nfunc main() { fmt.Println(v) }\n";
            }
            case 2 -> head + "func main() {\n\tx := 1\n\t" + "if x > 0 {".repeat(Math.min(n, 5_000)) + "}".repeat(Math.min(n, 5_000)) + "\n\tfmt.Println(x)\n}\n";
            case 3 -> head + "func main() {\n\tfmt.Println(len(" + "\"ab\" + ".repeat(n) + "\"c\"))\n}\n";
            case 4 -> head + "func main() {\n\tx := 1\n\tfmt.Println(" + "x + ".repeat(n) + "x)\n}\n";
            default -> head + "type T struct{ t *T; x int }\n\nfunc main() {\n\tt := &T{}\n\tt.t = t\n\tfmt.Println(t" + ".t".repeat(n) + ".x)\n}\n";
        };
        return bytes(src);
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }
}
