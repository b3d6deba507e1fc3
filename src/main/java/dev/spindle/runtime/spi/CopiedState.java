package dev.spindle.runtime.spi;

/**
 * Engine state that a Go copy of its object carries over (a WaitGroup's counter, a Mutex's
 * lock): what {@link RuntimeObject#seed()} of the copy is, for the engine to start the copy's
 * own state from.
 */
public interface CopiedState {
    /** The state a copy starts with, as an immutable value. */
    Object snapshot();
}
