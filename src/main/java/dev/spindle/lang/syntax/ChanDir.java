package dev.spindle.lang.syntax;

/** The direction of a channel type. */
public enum ChanDir {
    /** {@code chan T}. */
    BOTH,
    /** {@code chan<- T}. */
    SEND,
    /** {@code <-chan T}. */
    RECV
}
