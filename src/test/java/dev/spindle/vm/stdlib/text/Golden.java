package dev.spindle.vm.stdlib.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads a golden file of what real Go printed, as byte strings (one char per byte). */
final class Golden {

    private Golden() {}

    static List<String> lines(String resource) {
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String all = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return Arrays.stream(all.split("\n")).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String[]> rows(String resource, String prefix) {
        return lines(resource).stream().filter(l -> l.startsWith(prefix + "\t"))
                .map(l -> l.split("\t", -1)).toList();
    }

    /** A string Go printed with strconv.QuoteToASCII, back to its bytes. */
    static String unq(String quoted) {
        return Quote.unquote(quoted).orElseThrow(() -> new IllegalArgumentException(quoted));
    }
}
