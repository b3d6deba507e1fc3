package dev.spindle.vm.value;

/**
 * A runtime object that lives inside a Go value and is copied with it: the hidden state of a
 * sync.WaitGroup, Mutex, RWMutex, Once or Cond. Go's struct copy copies these types' state
 * words, so a copy starts with the original's counter (or lock, or done flag) and is from then
 * on a separate object: a WaitGroup passed by value is a second WaitGroup. The compiler marks
 * the field that holds one as copied with its struct (see StructShape.inline).
 */
public interface CopiedByValue {
    /** A new, independent object whose state is this one's at the moment of the copy. */
    Object copyValue();
}
