package dev.spindle.lang.syntax;

import java.util.HashMap;
import java.util.Map;

/** Go's 25 keywords, looked up by spelling. */
final class Keywords {

    private static final Map<String, Token> BY_NAME = new HashMap<>();

    static {
        for (Token t : Token.values()) {
            if (t.isKeyword()) BY_NAME.put(t.text(), t);
        }
    }

    private Keywords() {
    }

    /** The keyword token spelled {@code name}, or null. */
    static Token lookup(String name) {
        return BY_NAME.get(name);
    }
}
