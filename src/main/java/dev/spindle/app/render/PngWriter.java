package dev.spindle.app.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/**
 * Writes a JavaFX image as PNG through {@code javax.imageio}: the pixels are copied as ARGB
 * ints into a {@link BufferedImage}, which is all {@code SwingFXUtils} would do.
 */
public final class PngWriter {
    private PngWriter() {
    }

    /**
     * Writes {@code image} to {@code file}, creating its directory.
     *
     * @param opaque drop the alpha channel (screenshots); keep it for icons
     */
    public static void write(Image image, Path file, boolean opaque) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        if (!ImageIO.write(out, "png", file.toFile())) {
            throw new IOException("no PNG writer in this JDK");
        }
    }
}
