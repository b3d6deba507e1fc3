package dev.spindle.app.icon;

import dev.spindle.app.render.Fx;
import dev.spindle.app.render.PngWriter;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

/**
 * Renders {@code packaging/icon.svg} to {@code resources/icons/spindle-<size>.png} at every
 * size of {@link AppIcon#SIZES}, with JavaFX's own (software, headless) renderer.
 *
 * <p>Run by {@code ./mvnw -Picons}. Arguments: the SVG file and the output directory.
 */
public final class IconRenderer {
    private IconRenderer() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: IconRenderer <icon.svg> <output dir>");
            System.exit(2);
        }
        Path svg = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        int status = 0;
        try {
            SvgShapes.Drawing drawing = SvgShapes.read(svg);
            Fx.start();
            for (int size : AppIcon.SIZES) {
                Path file = dir.resolve("spindle-" + size + ".png");
                WritableImage image = Fx.call(() -> render(drawing, size));
                PngWriter.write(image, file, false);
                System.out.println("wrote " + file);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("icons: " + e.getMessage());
            status = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 1;
        } finally {
            Platform.exit();
        }
        System.exit(status);
    }

    /** The drawing scaled so that its viewBox fills {@code size}×{@code size} pixels. */
    static WritableImage render(SvgShapes.Drawing drawing, int size) {
        Rectangle2D box = drawing.viewBox();
        Group shapes = drawing.shapes();
        new Scene(new Group(shapes)); // a scene gives the shapes CSS and layout, as on screen
        double scale = size / Math.max(box.getWidth(), box.getHeight());
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(new Affine(scale, 0, -box.getMinX() * scale, 0, scale, -box.getMinY() * scale));
        params.setViewport(new Rectangle2D(0, 0, size, size));
        return shapes.snapshot(params, null);
    }
}
