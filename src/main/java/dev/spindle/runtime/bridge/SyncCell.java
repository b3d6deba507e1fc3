package dev.spindle.runtime.bridge;

import dev.spindle.runtime.spi.RuntimeObject;
import dev.spindle.vm.value.CopiedByValue;

/**
 * What the hidden state field of a sync.WaitGroup, Mutex, RWMutex, Once or Cond holds once
 * the engine has used it: the engine's handle, in a cell the VM copies with its struct (the
 * VM knows CopiedByValue, not the runtime's handles). A copy holds the handle's copy, seeded
 * with its state, so sync values are values as in Go.
 */
final class SyncCell implements CopiedByValue {
    final RuntimeObject handle;

    SyncCell(RuntimeObject handle) {
        this.handle = handle;
    }

    @Override
    public Object copyValue() {
        RuntimeObject c = handle.copied();
        // No copy: the field goes back to the variable's name, and the copy's handle is made on first use.
        return c == null ? handle.name() : new SyncCell(c);
    }
}
