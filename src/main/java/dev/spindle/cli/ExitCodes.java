package dev.spindle.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit statuses of every command, as {@code --help} lists them (the same as {@code go run}'s where Go has one). */
final class ExitCodes {
    private ExitCodes() {
    }

    static final Map<String, String> LIST = table();

    private static Map<String, String> table() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("0", "Success: the program returned from main (or the command did its work).");
        m.put("1", "Compile errors, an unreadable file, or a lesson that does not check.");
        m.put("2", "The program panicked, deadlocked or hit a fatal error (Go's status 2);"
                + " or the command line was wrong.");
        m.put("N", "The program called os.Exit(N).");
        m.put(String.valueOf(ClosedPipe.SIGPIPE_STATUS), "Stdout or stderr was closed (a Go program dies of SIGPIPE; 128+13).");
        return m;
    }
}
