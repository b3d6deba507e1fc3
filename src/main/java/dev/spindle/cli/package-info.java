/**
 * The command line: {@code spindle}, the engine without a window.
 *
 * <p>Built with picocli, the way the picocli examples do it: {@link dev.spindle.cli.Main} is
 * the top command and only dispatches; each subcommand (run, check, disasm, bench, ...) is
 * one class with its own options, registered in {@code Main}'s {@code subcommands} list,
 * shared options as mixins. Commands are tested through {@code execute()} with captured
 * {@code setOut}/{@code setErr}, never through {@code System.out}.
 *
 * <p>Two promises: the CLI starts in well under a second, so it loads nothing of JavaFX
 * (an ArchUnit rule keeps the app's views out of this package), and a user never sees a
 * Java stack trace: errors are reported in one line, in Go's words where they are Go's.
 * The version comes from the pom, filtered into {@code version.properties}.
 */
package dev.spindle.cli;
