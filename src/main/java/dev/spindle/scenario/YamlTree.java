package dev.spindle.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads YAML text into a {@link YamlNode} tree with positions, using Jackson's streaming
 * parser (which reports the line and column of every token). Syntax errors and duplicate
 * keys become {@link LessonProblem}s; nothing here knows what a lesson is.
 */
final class YamlTree {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlTree() {}

    /** The document's root, or null when the text is not YAML (the problem is added to {@code problems}). */
    static YamlNode read(String file, String text, List<LessonProblem> problems) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(new LessonProblem(file, 1, 1, "", "the file is empty"));
                return null;
            }
            return node(p, file, problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int col = at == null ? 1 : Math.max(1, at.getColumnNr());
            problems.add(new LessonProblem(file, line, col, "", "not valid YAML: " + firstLine(e.getOriginalMessage())));
            return null;
        } catch (IOException e) {
            problems.add(new LessonProblem(file, 1, 1, "", "cannot read: " + e.getMessage()));
            return null;
        }
    }

    /** Reads the node whose first token is the parser's current token. */
    private static YamlNode node(JsonParser p, String file, List<LessonProblem> problems) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = p.currentTokenLocation();
                    String key = p.currentName();
                    p.nextToken();
                    YamlNode value = node(p, file, problems);
                    if (entries.containsKey(key)) {
                        problems.add(new LessonProblem(file, keyAt.getLineNr(), keyAt.getColumnNr(), key,
                                "duplicate key (first at line " + entries.get(key).line() + ")"));
                    } else {
                        entries.put(key, new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                    }
                }
                return new YamlNode.Map(entries, line, col);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(p, file, problems));
                }
                return new YamlNode.Seq(items, line, col);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, line, col);
            }
            default -> {
                return new YamlNode.Scalar(p.getText(), line, col);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
