package dev.spindle.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's stdout or stderr for a program's bytes, dying as a Go program dies when the
 * reader goes away: Go's runtime turns a write to a closed pipe on fd 1 or 2 into SIGPIPE,
 * which ends the process at once, and the shell sees status 141 (128 + 13). The JVM ignores
 * SIGPIPE and {@code System.out} swallows the error, so {@code spindle run prog.go | head}
 * used to run forever; this stream writes to the file descriptor itself and halts the JVM
 * with that status on the first failed write (halt, not exit: like the signal, nothing more
 * runs, and the program's goroutines cannot hold the exit up).
 */
final class ClosedPipe extends OutputStream {
    /** The status a shell reports for a process killed by SIGPIPE. */
    static final int SIGPIPE_STATUS = 128 + 13;

    private final OutputStream fd;

    private ClosedPipe(OutputStream fd) {
        this.fd = fd;
    }

    static OutputStream stdout() {
        return new ClosedPipe(new FileOutputStream(FileDescriptor.out));
    }

    static OutputStream stderr() {
        return new ClosedPipe(new FileOutputStream(FileDescriptor.err));
    }

    @Override
    public void write(int b) throws IOException {
        try {
            fd.write(b);
        } catch (IOException e) {
            died();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            fd.write(b, off, len);
        } catch (IOException e) {
            died();
        }
    }

    private static void died() {
        Runtime.getRuntime().halt(SIGPIPE_STATUS);
    }
}
