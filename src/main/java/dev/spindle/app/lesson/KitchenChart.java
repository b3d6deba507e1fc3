package dev.spindle.app.lesson;

import dev.spindle.lang.compile.Program;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Lesson 5's chart: the program run flat out on real carriers at 1..N cores (N = this
 * machine's cores, at most 8), measured in wall time, with the speedup over one core. These
 * are real measurements of this machine, so they vary a little from click to click.
 */
final class KitchenChart extends VBox {
    private final NumberAxis millis = new NumberAxis();
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), millis);
    private final Label speedups = new Label();

    KitchenChart(Program program, long seed) {
        setId("kitchen-chart");
        setSpacing(6);
        millis.setLabel("wall time (ms)");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        speedups.setWrapText(true);
        speedups.setId("kitchen-speedups");
        int max = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        Button measure = new Button("Measure at 1.." + max + " cores");
        measure.setId("measure-kitchen");
        measure.setOnAction(e -> {
            measure.setDisable(true);
            speedups.setText("Measuring…");
            CompletableFuture.supplyAsync(() -> measure(program, seed, max), HeadlessRun.EXECUTOR)
                    .whenComplete((walls, failure) -> Platform.runLater(() -> {
                        measure.setDisable(false);
                        if (failure != null) {
                            speedups.setText("The runs failed: " + failure.getMessage());
                        } else {
                            show(walls);
                        }
                    }));
        });
        getChildren().addAll(measure, chart, speedups);
    }

    private static List<Long> measure(Program program, long seed, int max) {
        List<Long> walls = new ArrayList<>();
        try {
            HeadlessRun.run(program, 1, seed); // warm the JIT so that 1 core is not penalised
            for (int cores = 1; cores <= max; cores++) {
                walls.add(HeadlessRun.run(program, cores, seed).wallNanos());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return walls;
    }

    private void show(List<Long> walls) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        StringBuilder text = new StringBuilder("Speedup over 1 core:");
        for (int i = 0; i < walls.size(); i++) {
            double ms = walls.get(i) / 1e6;
            series.getData().add(new XYChart.Data<>((i + 1) + (i == 0 ? " core" : " cores"), ms));
            text.append("  ").append(i + 1).append(": ").append("%.2f×".formatted((double) walls.get(0) / walls.get(i)));
        }
        chart.getData().setAll(List.of(series));
        speedups.setText(text.toString());
    }
}
