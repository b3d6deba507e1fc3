package dev.spindle.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version, written in one place: the pom. Maven filters it into
 * {@code dev/spindle/cli/version.properties}, which works the same from the jar, from
 * {@code target/classes} and in tests (a jar manifest would not).
 */
final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"spindle " + version(), "Java " + Runtime.version()};
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown": a version line is not worth failing for
        }
        return p.getProperty("version", "unknown");
    }
}
