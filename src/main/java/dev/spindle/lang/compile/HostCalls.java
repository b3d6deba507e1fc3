package dev.spindle.lang.compile;

import java.util.Set;

/**
 * Which library functions are runtime operations handed to the host (the scheduler) rather
 * than natives run inline: everything that can block, wake another goroutine, create one,
 * read the virtual clock or end the program.
 */
final class HostCalls {
    private HostCalls() {}

    private static final Set<String> TIME = Set.of(
            "time.Sleep", "time.After", "time.Tick", "time.NewTimer", "time.AfterFunc",
            "time.Timer.Stop", "time.Timer.Reset", "time.NewTicker", "time.Ticker.Stop", "time.Ticker.Reset",
            "time.Now", "time.Since", "time.Until", "os.Exit");

    static boolean isHost(String qualifiedName) {
        return qualifiedName.startsWith("sync.") || qualifiedName.startsWith("atomic.")
                || qualifiedName.startsWith("runtime.") || TIME.contains(qualifiedName);
    }
}
