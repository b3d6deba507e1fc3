package dev.spindle.scenario;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A YAML document as a tree that remembers where every node starts, so that a message about
 * a bad field can name its line and column. Jackson's own tree ({@code JsonNode}) forgets
 * positions, hence this small one, built by {@link YamlTree} from Jackson's token stream.
 */
sealed interface YamlNode {

    /** Line and column (both 1-based) where the node starts in its file. */
    int line();

    int column();

    /** A plain value; {@code text} is null for an empty value ({@code key:} or {@code ~}). */
    record Scalar(String text, int line, int column) implements YamlNode {}

    /** A list ({@code - a} lines or {@code [a, b]}). */
    record Seq(List<YamlNode> items, int line, int column) implements YamlNode {}

    /** A mapping; keys in file order, each with the position of the key itself. */
    record Map(LinkedHashMap<String, Entry> entries, int line, int column) implements YamlNode {}

    /** One key of a mapping: where the key is written, and its value. */
    record Entry(String key, int line, int column, YamlNode value) {}

    /** How a node is named in messages: "a list", "a mapping", "a value". */
    static String describe(YamlNode node) {
        return switch (node) {
            case Scalar s -> s.text() == null ? "empty" : "a value";
            case Seq s -> "a list";
            case Map m -> "a mapping";
        };
    }
}
