package dev.spindle.lang.types;

/** {@code chan T}, {@code chan<- T} (send-only) or {@code <-chan T} (receive-only). */
public record Chan(Dir dir, Type elem) implements Type {

    public enum Dir {
        BOTH, SEND, RECV;

        public boolean canSend() {
            return this != RECV;
        }

        public boolean canRecv() {
            return this != SEND;
        }
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
