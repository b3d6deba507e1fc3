package dev.spindle.runtime.spi;

/** A {@code sync.Locker} the engine knows: a Mutex, or an RWMutex's write side. */
public sealed interface Locker permits Mutex, RWMutex {}
