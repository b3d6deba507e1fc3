package dev.spindle.app.fold;

import dev.spindle.trace.ObjectRef;
import java.util.HashMap;
import java.util.Map;

/**
 * The names the screen gives runtime objects: the program's variable name ({@code wg},
 * {@code jobs}), numbered when two objects of one kind share it ({@code wg}, {@code wg (2)}:
 * a WaitGroup called wg in two functions), else {@link Labels#of}'s {@code wg#1}. A label is
 * fixed the first time the log mentions the object, so it never changes while a run plays,
 * and the same log gives the same labels. Part of the fold: copied with the state.
 */
public final class ObjectLabels {
    private record Key(ObjectRef.Kind kind, long id) {}

    private final Map<Key, String> labels;
    /** How many objects of a kind have been seen under each name. */
    private final Map<String, Integer> perName;

    ObjectLabels() {
        labels = new HashMap<>();
        perName = new HashMap<>();
    }

    private ObjectLabels(ObjectLabels o) {
        labels = new HashMap<>(o.labels);
        perName = new HashMap<>(o.perName);
    }

    ObjectLabels copy() {
        return new ObjectLabels(this);
    }

    /** Notes an object the log mentions (in log order); returns its label. */
    String see(ObjectRef ref) {
        if (ref == null) {
            return "";
        }
        Key key = new Key(ref.kind(), ref.id());
        String label = labels.get(key);
        if (label == null) {
            label = Labels.of(ref);
            if (ref.name() != null && !ref.name().isBlank()) {
                int n = perName.merge(ref.kind() + " " + ref.name(), 1, Integer::sum);
                if (n > 1) {
                    label = ref.name() + " (" + n + ")";
                }
            }
            labels.put(key, label);
        }
        return label;
    }

    /** The label of {@code ref}: as first seen, or {@link Labels#of} for an object not seen yet. */
    public String of(ObjectRef ref) {
        if (ref == null) {
            return "";
        }
        String label = labels.get(new Key(ref.kind(), ref.id()));
        return label != null ? label : Labels.of(ref);
    }
}
