package dev.spindle.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** JavaFX pixels reach the PNG unchanged, with or without alpha. */
class PngWriterTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    private static WritableImage sample() {
        WritableImage image = new WritableImage(3, 2);
        PixelWriter w = image.getPixelWriter();
        w.setArgb(0, 0, 0xFFFF0000);
        w.setArgb(1, 0, 0xFF00FF00);
        w.setArgb(2, 0, 0xFF0000FF);
        w.setColor(0, 1, Color.TRANSPARENT);
        w.setArgb(1, 1, 0x80123456);
        w.setArgb(2, 1, 0xFFFFFFFF);
        return image;
    }

    @Test
    void keepsEveryPixelAndTheAlpha() throws IOException {
        Path file = dir.resolve("sub/icon.png");
        PngWriter.write(sample(), file, false);
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getWidth()).isEqualTo(3);
        assertThat(png.getHeight()).isEqualTo(2);
        assertThat(png.getRGB(0, 0)).isEqualTo(0xFFFF0000);
        assertThat(png.getRGB(1, 0)).isEqualTo(0xFF00FF00);
        assertThat(png.getRGB(2, 0)).isEqualTo(0xFF0000FF);
        assertThat(png.getRGB(0, 1) >>> 24).isZero();
        assertThat(png.getRGB(1, 1)).isEqualTo(0x80123456);
        assertThat(png.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void opaqueDropsTheAlphaChannel() throws IOException {
        Path file = dir.resolve("shot.png");
        PngWriter.write(sample(), file, true);
        BufferedImage png = ImageIO.read(file.toFile());
        assertThat(png.getColorModel().hasAlpha()).isFalse();
        assertThat(png.getRGB(2, 0)).isEqualTo(0xFF0000FF);
        assertThat(png.getRGB(2, 1)).isEqualTo(0xFFFFFFFF);
    }
}
