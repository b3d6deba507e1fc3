package dev.spindle.runtime;

import java.util.Arrays;

/**
 * A run's schedule as data, and its short printed form (the token of {@code spindle run
 * --schedule TOKEN} and of the window's copy and paste):
 *
 * <pre>
 *   2.t7          GOMAXPROCS 2, timed model, seed 7: what --procs 2 --seed 7 runs
 *   2.t7.0130     the same, but the first four decisions are 0, 1, 3, 0 (then the seed's)
 *   3.f1.1020001  free model (the exhaustive explorer's): these decisions, then option 0
 * </pre>
 *
 * Decisions are written one character each, {@code 0-9} then {@code a-z} for 10..35, and
 * {@code ~N~} (decimal) beyond. The seed also fixes map iteration order and math/rand, which
 * goroutines draw from their own seeded streams.
 *
 * @param procs   initial GOMAXPROCS
 * @param model   timed (virtual-time odds) or free (any interleaving)
 * @param seed    the seed of the tail of the schedule and of the goroutines' own streams
 * @param choices the first decisions, in the order the engine asks them
 */
public record Schedule(int procs, Chooser.Model model, long seed, int[] choices) {

    public Schedule {
        if (procs < 1) {
            throw new IllegalArgumentException("procs must be at least 1");
        }
        choices = choices.clone();
    }

    /** The schedule a seed gives under the timed model. */
    public static Schedule seeded(int procs, long seed) {
        return new Schedule(procs, Chooser.Model.TIMED, seed, new int[0]);
    }

    /** A chooser that replays this schedule. */
    public ReplayChooser chooser() {
        return new ReplayChooser(this);
    }

    @Override
    public int[] choices() {
        return choices.clone();
    }

    int choice(int i) {
        return choices[i];
    }

    int length() {
        return choices.length;
    }

    /** The token: see the class comment. */
    public String token() {
        StringBuilder b = new StringBuilder().append(procs).append('.')
                .append(model == Chooser.Model.FREE ? 'f' : 't').append(seed);
        if (choices.length > 0) {
            b.append('.');
            for (int c : choices) {
                if (c < 36) {
                    b.append(Character.forDigit(c, 36));
                } else {
                    b.append('~').append(c).append('~');
                }
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return token();
    }

    /** Parses a token; the message of the exception says what is wrong, for the user. */
    public static Schedule parse(String token) {
        String t = token.strip();
        String[] parts = t.split("\\.", 3);
        if (parts.length < 2 || parts[1].isEmpty()) {
            throw new IllegalArgumentException("not a schedule token: " + token + " (expected e.g. 2.t7 or 3.f1.102)");
        }
        int procs;
        long seed;
        try {
            procs = Integer.parseInt(parts[0]);
            seed = Long.parseLong(parts[1].substring(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a schedule token: " + token + " (expected e.g. 2.t7 or 3.f1.102)");
        }
        Chooser.Model model = switch (parts[1].charAt(0)) {
            case 't' -> Chooser.Model.TIMED;
            case 'f' -> Chooser.Model.FREE;
            default -> throw new IllegalArgumentException("not a schedule token: " + token + " (the model is t or f)");
        };
        if (procs < 1) {
            throw new IllegalArgumentException("not a schedule token: " + token + " (GOMAXPROCS must be at least 1)");
        }
        int[] choices = new int[parts.length == 3 ? parts[2].length() : 0];
        int n = 0;
        if (parts.length == 3) {
            String s = parts[2];
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '~') {
                    int end = s.indexOf('~', i + 1);
                    if (end < 0) {
                        throw new IllegalArgumentException("not a schedule token: " + token + " (unclosed ~)");
                    }
                    try {
                        choices[n++] = Integer.parseInt(s.substring(i + 1, end));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("not a schedule token: " + token);
                    }
                    i = end;
                    continue;
                }
                int d = Character.digit(ch, 36);
                if (d < 0 || Character.isUpperCase(ch)) {
                    throw new IllegalArgumentException("not a schedule token: " + token + " (bad decision '" + ch + "')");
                }
                choices[n++] = d;
            }
        }
        return new Schedule(procs, model, seed, Arrays.copyOf(choices, n));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule s && s.procs == procs && s.model == model && s.seed == seed
                && Arrays.equals(s.choices, choices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(choices) * 31 + Long.hashCode(seed) * 7 + procs + model.hashCode();
    }
}
