package dev.spindle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The start-up line's figures count from the process's launch: on Linux that instant comes
 * from the kernel's clock since boot, not from ProcessHandle, whose start can be most of a
 * second early (the boot time it adds to is rounded down to the second).
 */
class StartupClockTest {
    @Test
    @EnabledOnOs(OS.LINUX)
    void aProcessIsLaunchedBetweenTheCallAndItsReturn() throws IOException, InterruptedException {
        Instant before = Instant.now();
        Process sleep = new ProcessBuilder("sleep", "30").start();
        Instant after = Instant.now();
        try {
            Instant launched = StartupClock.launchedAt(Path.of("/proc/" + sleep.pid() + "/stat"));
            // The kernel counts in ticks of 10 ms, and /proc/uptime in hundredths of a second.
            assertThat(launched).isBetween(before.minusMillis(20), after.plusMillis(20));
        } finally {
            sleep.destroy();
            sleep.waitFor();
        }
    }
}
