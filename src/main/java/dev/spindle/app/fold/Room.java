package dev.spindle.app.fold;

import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.List;

/**
 * A waiting room: the goroutines parked for the same reason on the same object, in the
 * order they parked (Go's wait queues are FIFO). {@code goroutines} may be only the first
 * ones of {@code total} (see {@link RunState#rooms(int)}). {@code objectLabel} is the object's
 * name on screen ({@link ObjectLabels}).
 */
public record Room(WaitReason reason, ObjectRef object, String objectLabel, List<Long> goroutines, int total) {

    public Room(WaitReason reason, ObjectRef object, List<Long> goroutines) {
        this(reason, object, Labels.of(object), goroutines, goroutines.size());
    }

    /** The room's title in Go's words: {@code chan receive · jobs}, {@code sync.WaitGroup.Wait · wg}, {@code sleep}. */
    public String title() {
        return object == null ? reason.text() : reason.text() + " · " + objectLabel;
    }

    /** The key rooms are grouped by. */
    record Key(WaitReason reason, ObjectRef object) {}
}
