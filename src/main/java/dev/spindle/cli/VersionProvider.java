package dev.spindle.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so that it is written in one place: the pom. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"spindle " + (v == null ? "dev" : v)};
    }
}
