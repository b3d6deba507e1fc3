package dev.spindle.app.play;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * The open program: its file name and source, the last compile's errors and snippet
 * imports, the seed and the cores, and the {@link Playback} of its current run. The views
 * take it in their constructors (JabRef's view-model style); the window's code view gives
 * it the edited text to run.
 */
public final class Session {
    /** The seed a fresh window starts with, so that the first run is the same for everyone. */
    public static final long DEFAULT_SEED = 1;

    private final Playback playback;
    private final Exploration exploration;
    private final YouSchedule youSchedule;
    private final Compiler compiler = new Compiler();
    private final RandomGenerator seeds;
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "prog.go");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyObjectWrapper<List<CompileError>> errors = new ReadOnlyObjectWrapper<>(this, "errors", List.of());
    private final ReadOnlyObjectWrapper<List<CompileError>> warnings = new ReadOnlyObjectWrapper<>(this, "warnings", List.of());
    private final ReadOnlyObjectWrapper<List<String>> addedImports = new ReadOnlyObjectWrapper<>(this, "addedImports", List.of());
    private final LongProperty seed = new SimpleLongProperty(this, "seed", DEFAULT_SEED);
    private final IntegerProperty cores;

    public Session(Playback playback, int initialCores, RandomGenerator seeds) {
        this.playback = playback;
        this.exploration = new Exploration(playback);
        this.youSchedule = new YouSchedule(playback);
        this.seeds = seeds;
        this.cores = new SimpleIntegerProperty(this, "cores", initialCores);
    }

    public Playback playback() {
        return playback;
    }

    /** The Outcomes panel's explorer of the program on screen. */
    public Exploration exploration() {
        return exploration;
    }

    /** "You schedule" mode: the student makes the scheduler's choices. */
    public YouSchedule youSchedule() {
        return youSchedule;
    }

    /** Reads a .go file; the caller shows its text and runs it. */
    public String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        fileName.set(file.getFileName().toString());
        String text = new String(bytes, StandardCharsets.UTF_8);
        source.set(text);
        return text;
    }

    /** Names the program (for error positions) without a file, e.g. a built-in sample. */
    public void name(String name, String text) {
        fileName.set(name);
        source.set(text);
    }

    /** Compiles {@code text} off the FX thread and, when it compiles, starts a paused run of it. */
    public java.util.concurrent.CompletableFuture<Compiler.Result> run(String text) {
        source.set(text);
        playback.pause();
        return compiler.compile(fileName.get(), text).thenApply(r -> {
            accept(r);
            return r;
        });
    }

    /** Takes a compile made elsewhere, off the FX thread, as {@link #run} would its own. FX thread. */
    public void runCompiled(String text, Compiler.Result compiled) {
        source.set(text);
        playback.pause();
        accept(compiled);
    }

    /** Compiles and loads on the calling thread (screenshots, benchmarks). */
    public Compiler.Result runNow(String text) {
        source.set(text);
        Compiler.Result r = Compiler.compileNow(fileName.get(), text);
        accept(r);
        return r;
    }

    private void accept(Compiler.Result r) {
        errors.set(r.errors());
        warnings.set(r.warnings());
        addedImports.set(r.addedImports());
        if (r.ok()) {
            playback.load(r.program(), seed.get(), cores.get());
        }
    }

    /** Draws a new seed and starts the run again with it. */
    public void newSeed() {
        seed.set(1 + Math.floorMod(seeds.nextLong(), 1_000_000L));
        playback.reseed(seed.get(), cores.get());
    }

    public ReadOnlyStringProperty fileNameProperty() { return fileName.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sourceProperty() { return source.getReadOnlyProperty(); }
    /** Go's errors from the last compile (empty when it compiled). */
    public ReadOnlyObjectProperty<List<CompileError>> errorsProperty() { return errors.getReadOnlyProperty(); }
    /** go vet's findings on the last program that compiled (empty otherwise). */
    public ReadOnlyObjectProperty<List<CompileError>> warningsProperty() { return warnings.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<String>> addedImportsProperty() { return addedImports.getReadOnlyProperty(); }
    public LongProperty seedProperty() { return seed; }
    /** GOMAXPROCS the slider shows: a new run starts with it; moving it mid-run resizes at the next boundary. */
    public IntegerProperty coresProperty() { return cores; }

    public void dispose() {
        youSchedule.dispose();
        exploration.dispose();
        playback.dispose();
        compiler.close();
    }
}
