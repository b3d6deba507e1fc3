package dev.spindle.app.lesson;

import dev.spindle.lang.compile.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * "Run with another seed": the program's output under the current seed and under the first
 * of the lesson's other seeds whose output differs, side by side (lesson 2: "Output X" and
 * "Output Y"). Both runs are real engine runs; when no seed changes the output at the
 * current cores, the other order is shown from another core count, and the titles say so:
 * nothing is invented.
 */
final class SeedCompareView extends VBox {
    private final Label leftTitle = new Label();
    private final Label rightTitle = new Label();
    private final TextArea left = area("seed-output-a");
    private final TextArea right = area("seed-output-b");
    private final Label note = new Label();

    SeedCompareView(Program program, List<Long> seeds, LongSupplier currentSeed, IntSupplier cores) {
        setId("seed-compare");
        setSpacing(6);
        Button run = new Button("Run with another seed");
        run.setId("run-another-seed");
        note.setWrapText(true);
        VBox a = new VBox(4, leftTitle, left);
        VBox b = new VBox(4, rightTitle, right);
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        getChildren().addAll(run, new HBox(8, a, b), note);
        run.setOnAction(e -> {
            run.setDisable(true);
            note.setText("Running…");
            long first = currentSeed.getAsLong();
            int procs = cores.getAsInt();
            List<Long> others = new ArrayList<>(seeds.isEmpty() ? List.of(first + 1, first + 2, first + 3) : seeds);
            others.remove(Long.valueOf(first));
            CompletableFuture.supplyAsync(() -> compare(program, procs, first, others), HeadlessRun.EXECUTOR)
                    .whenComplete((result, failure) -> Platform.runLater(() -> {
                        run.setDisable(false);
                        if (failure != null) {
                            note.setText("The runs failed: " + failure.getMessage());
                            return;
                        }
                        leftTitle.setText("Output with seed " + result.seedA() + ", " + cores(result.coresA()));
                        left.setText(result.a().text());
                        rightTitle.setText("Output with seed " + result.seedB() + ", " + cores(result.coresB()));
                        right.setText(result.b().text());
                        note.setText(!result.differs()
                                ? "Every run gave the same output here. Try other cores with the slider."
                                : result.coresA() == result.coresB()
                                        ? "Same program, same cores, another seed: another order."
                                        : "Another seed did not change the order at " + cores(result.coresA())
                                                + "; another number of cores did. Nothing in the program fixes the order.");
                    }));
        });
    }

    record Comparison(long seedA, int coresA, HeadlessRun a, long seedB, int coresB, HeadlessRun b, boolean differs) {}

    private static String cores(int n) {
        return n == 1 ? "1 core" : n + " cores";
    }

    /**
     * The current seed against the other seeds at the same cores (at 2+ cores the seed steers
     * the engine's wake-up latencies and tie-breaks, so lesson 2's orders alternate over its
     * seeds); when no seed changes the output (at 1 core the order is runnext's), the same
     * seed at another core count, so that the student still sees both orders, labelled
     * truthfully.
     */
    private static Comparison compare(Program program, int procs, long first, List<Long> others) {
        try {
            HeadlessRun a = HeadlessRun.run(program, procs, first);
            HeadlessRun last = null;
            long lastSeed = first;
            for (long s : others) {
                last = HeadlessRun.run(program, procs, s);
                lastSeed = s;
                if (!last.text().equals(a.text())) {
                    return new Comparison(first, procs, a, s, procs, last, true);
                }
            }
            int otherCores = procs == 1 ? 2 : 1;
            HeadlessRun b = HeadlessRun.run(program, otherCores, first);
            if (!b.text().equals(a.text())) {
                return new Comparison(first, procs, a, first, otherCores, b, true);
            }
            return new Comparison(first, procs, a, lastSeed, procs, last == null ? a : last, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    private static TextArea area(String id) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setEditable(false);
        t.setPrefRowCount(5);
        t.getStyleClass().add("seed-output");
        return t;
    }
}
