package dev.spindle.app.icon;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javafx.scene.Group;
import org.junit.jupiter.api.Test;

/** The icon PNGs exist at every size, and the SVG they come from is one the renderer reads. */
class AppIconTest {
    @Test
    void everySizeIsASquarePngOfThatSizeWithTransparentCorners() throws IOException {
        for (int size : AppIcon.SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream(AppIcon.resource(size))) {
                assertThat(in).as(AppIcon.resource(size)).isNotNull();
                BufferedImage png = ImageIO.read(in);
                assertThat(png.getWidth()).isEqualTo(size);
                assertThat(png.getHeight()).isEqualTo(size);
                assertThat(png.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
                assertThat(png.getRGB(size / 2, size / 2) >>> 24).as("centre alpha").isEqualTo(0xFF);
            }
        }
    }

    @Test
    void theSvgSourceParses() throws IOException {
        SvgShapes.Drawing drawing = SvgShapes.read(Path.of("packaging/icon.svg"));
        assertThat(drawing.viewBox().getWidth()).isEqualTo(512);
        Group shapes = drawing.shapes();
        assertThat(shapes.getChildren()).hasSizeGreaterThan(5);
    }
}
