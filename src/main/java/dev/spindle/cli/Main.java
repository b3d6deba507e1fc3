package dev.spindle.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code spindle} command: the engine without a window.
 *
 * <p>Each subcommand is its own class in this package (one concept per class, tested with
 * {@code execute()} and a captured {@code setOut}); register it in {@code subcommands} below.
 * This class must stay light: it is on the path of every CLI start, which must take well
 * under a second, so it loads no JavaFX and nothing of the engine until a subcommand runs.
 */
@Command(name = "spindle",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs Go programs on Spindle's M:N scheduler, without the window.",
        subcommands = {
            // Subcommands, one class each (run, check, disasm, bench, ... as they arrive):
            RunCommand.class, ExploreCommand.class, CheckCommand.class, VetCommand.class, DisasmCommand.class, BenchCommand.class,
            LessonsCommand.class, VersionCommand.class, CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        everywhere(cl);
        return cl;
    }

    /**
     * What every command and subcommand has, set here once rather than on each class:
     * {@code -h/--help} (and {@code -V/--version}), and the exit codes in its help.
     */
    private static void everywhere(CommandLine cl) {
        CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
        if (spec.optionsMap().get("--help") == null) {
            spec.mixinStandardHelpOptions(true);
        }
        spec.versionProvider(new VersionProvider());
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.LIST);
        for (CommandLine sub : cl.getSubcommands().values()) {
            everywhere(sub);
        }
    }

    /** Without a subcommand there is nothing to do: show what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
