package dev.spindle.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code spindle} command: the engine without a window. */
@Command(name = "spindle", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {RunCommand.class, CheckCommand.class, DisasmCommand.class, BenchCommand.class},
        description = "Runs Go programs on Spindle's M:N scheduler, without the window.")
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
