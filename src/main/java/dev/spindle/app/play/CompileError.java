package dev.spindle.app.play;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One compile error as Go prints it ({@code prog.go:7:2: declared and not used: x}), split
 * into its position and message so the code view can underline the spot.
 */
public record CompileError(String text, int line, int column, String message) {
    private static final Pattern FORMAT = Pattern.compile("^[^:]*:(\\d+):(\\d+): (.*)$");

    /** Parses Go's lines; a line without a position keeps line 0. */
    public static List<CompileError> parse(List<String> lines) {
        List<CompileError> out = new ArrayList<>();
        for (String l : lines) {
            Matcher m = FORMAT.matcher(l);
            if (m.matches()) {
                out.add(new CompileError(l, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
            } else {
                out.add(new CompileError(l, 0, 0, l));
            }
        }
        return out;
    }
}
