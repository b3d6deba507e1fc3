package dev.spindle.app.view;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Go syntax highlighting as style classes ({@code keyword}, {@code string}, ...) for the code area; colours in code.css. */
final class GoHighlighter {
    private static final String KEYWORDS = "break|case|chan|const|continue|default|defer|else|fallthrough|for|func|go|goto"
            + "|if|import|interface|map|package|range|return|select|struct|switch|type|var";
    private static final String BUILTINS = "append|cap|clear|close|copy|delete|len|make|max|min|new|panic|print|println"
            + "|recover|true|false|nil|iota";
    private static final String TYPES = "bool|byte|error|float32|float64|int|int8|int16|int32|int64|rune|string"
            + "|uint|uint8|uint16|uint32|uint64|uintptr|any";
    private static final Pattern TOKENS = Pattern.compile(
            "(?<comment>//[^\n]*|/\\*(.|\\R)*?\\*/)"
                    + "|(?<string>\"([^\"\\\\\n]|\\\\.)*\"|`[^`]*`|'([^'\\\\\n]|\\\\.)*')"
                    + "|(?<keyword>\\b(" + KEYWORDS + ")\\b)"
                    + "|(?<builtin>\\b(" + BUILTINS + ")\\b)"
                    + "|(?<type>\\b(" + TYPES + ")\\b)"
                    + "|(?<number>\\b(0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(\\.[0-9_]*)?([eE][+-]?[0-9]+)?)\\b)"
                    + "|(?<call>\\b[A-Za-z_][A-Za-z0-9_]*(?=\\())");
    private static final List<String> GROUPS = List.of("comment", "string", "keyword", "builtin", "type", "number", "call");

    private GoHighlighter() {
    }

    static StyleSpans<Collection<String>> spans(String text) {
        Matcher m = TOKENS.matcher(text);
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = null;
            for (String g : GROUPS) {
                if (m.group(g) != null) {
                    style = g;
                    break;
                }
            }
            b.add(List.of(), m.start() - last);
            b.add(List.of(style), m.end() - m.start());
            last = m.end();
        }
        b.add(List.of(), text.length() - last);
        return b.create();
    }
}
