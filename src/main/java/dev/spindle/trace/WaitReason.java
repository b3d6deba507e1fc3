package dev.spindle.trace;

/**
 * Why a goroutine waits, spelled exactly as Go's runtime prints it in a crash dump header
 * ({@code goroutine 1 [chan receive]:}); see {@code waitReasonStrings} in Go's runtime2.go.
 */
public enum WaitReason {
    CHAN_RECEIVE("chan receive"),
    CHAN_SEND("chan send"),
    CHAN_RECEIVE_NIL("chan receive (nil chan)"),
    CHAN_SEND_NIL("chan send (nil chan)"),
    SELECT("select"),
    SELECT_NO_CASES("select (no cases)"),
    WAIT_GROUP_WAIT("sync.WaitGroup.Wait"),
    MUTEX_LOCK("sync.Mutex.Lock"),
    RW_MUTEX_LOCK("sync.RWMutex.Lock"),
    RW_MUTEX_RLOCK("sync.RWMutex.RLock"),
    COND_WAIT("sync.Cond.Wait"),
    SLEEP("sleep");

    private final String text;

    WaitReason(String text) {
        this.text = text;
    }

    /** The words Go prints between the brackets. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
