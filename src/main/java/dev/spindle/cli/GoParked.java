package dev.spindle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Go's own figure for the parked-goroutine benchmark: the same {@code go func() { <-ch }()}
 * program built with the {@code go} on the PATH, measuring itself with
 * {@code runtime.MemStats} (heap and stacks in use after GC, minus before, divided by the
 * count) once every goroutine has parked. Null when {@code go} is not there or fails.
 */
final class GoParked {

    private GoParked() {}

    private static final String PROGRAM = """
            package main

            import (
            	"fmt"
            	"os"
            	"runtime"
            	"strconv"
            	"sync/atomic"
            	"time"
            )

            func main() {
            	n, _ := strconv.Atoi(os.Args[1])
            	var before, after runtime.MemStats
            	runtime.GC()
            	runtime.ReadMemStats(&before)
            	ch := make(chan int)
            	var parked int64
            	for i := 0; i < n; i++ {
            		go func() {
            			atomic.AddInt64(&parked, 1)
            			<-ch
            		}()
            	}
            	for atomic.LoadInt64(&parked) < int64(n) {
            		time.Sleep(time.Millisecond)
            	}
            	time.Sleep(50 * time.Millisecond) // the last ones get from the counter to the receive
            	runtime.GC()
            	runtime.ReadMemStats(&after)
            	used := (after.HeapInuse + after.StackInuse) - (before.HeapInuse + before.StackInuse)
            	fmt.Println(float64(used) / float64(n), runtime.Version())
            }
            """;

    /** "2,771 bytes per goroutine (go1.19.8, runtime.MemStats: ...)", or null. */
    static String measure(int count) {
        try {
            Path dir = Files.createTempDirectory("spindle-parked");
            Path src = dir.resolve("main.go");
            Files.writeString(src, PROGRAM);
            Path bin = dir.resolve("parked");
            if (run(dir, "go", "build", "-o", bin.toString(), src.toString()) == null) {
                return null;
            }
            String out = run(dir, bin.toString(), Integer.toString(count));
            if (out == null) {
                return null;
            }
            String[] f = out.strip().split("\\s+");
            return String.format(Locale.ROOT, "%8.0f bytes per goroutine (%s, runtime.MemStats HeapInuse+StackInuse after GC / count)",
                    Double.parseDouble(f[0]), f.length > 1 ? f[1] : "go");
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String run(Path dir, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GOCACHE", dir.resolve("cache").toString());
        pb.environment().putIfAbsent("HOME", dir.toString());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return null; // no go on the PATH
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return null;
        }
        return out;
    }
}
