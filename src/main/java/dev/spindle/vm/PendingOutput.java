package dev.spindle.vm;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * Bytes a goroutine's natives wrote during the current instruction, until the interpreter
 * flushes them as one {@link HostOp.Output}. Unsynchronized (only the thread running the
 * goroutine touches it) and made only when a goroutine first prints: {@link #NONE} stands in
 * for "nothing written yet" so that a million goroutines that never print carry no buffers.
 */
final class PendingOutput extends OutputStream {

    /** Shared by every goroutine that has not written yet: always empty, refuses writes. */
    static final PendingOutput NONE = new PendingOutput(new byte[0]);

    private byte[] buf;
    private int count;

    PendingOutput() {
        this(new byte[64]);
    }

    private PendingOutput(byte[] buf) {
        this.buf = buf;
    }

    int size() {
        return count;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, count);
    }

    void reset() {
        if (count != 0) { // never a write to NONE, which every carrier reads
            count = 0;
        }
    }

    @Override
    public void write(int b) {
        room(1);
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        room(len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    public void writeBytes(byte[] b) {
        write(b, 0, b.length);
    }

    private void room(int more) {
        if (this == NONE) {
            throw new IllegalStateException("write to the shared empty buffer: use Goroutine.stdoutBuffer()");
        }
        if (count + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
        }
    }
}
