package dev.spindle.app.icon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.paint.Color;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SVG subset of the icon: what it reads, and that it refuses what it cannot draw. */
class SvgShapesTest {
    @TempDir
    Path dir;

    private Path svg(String body) throws IOException {
        Path file = dir.resolve("t.svg");
        Files.writeString(file, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 32\">" + body + "</svg>");
        return file;
    }

    @Test
    void readsShapesWithTheirPaint() throws IOException {
        SvgShapes.Drawing d = SvgShapes.read(svg("""
                <title>t</title>
                <rect x="1" y="2" width="30" height="20" rx="4" fill="#102030"/>
                <g><ellipse cx="8" cy="9" rx="5" ry="3" fill="none" stroke="#FFFFFF" stroke-width="2"/></g>
                <path d="M0 0 L10 10" fill="none" stroke="#E69F00" stroke-linecap="round" opacity="0.5"/>
                """));
        assertThat(d.viewBox().getWidth()).isEqualTo(64);
        assertThat(d.viewBox().getHeight()).isEqualTo(32);
        assertThat(d.shapes().getChildren()).hasSize(3);

        Rectangle rect = (Rectangle) d.shapes().getChildren().get(0);
        assertThat(rect.getWidth()).isEqualTo(30);
        assertThat(rect.getArcWidth()).isEqualTo(8);
        assertThat(rect.getFill()).isEqualTo(Color.web("#102030"));

        javafx.scene.Group group = (javafx.scene.Group) d.shapes().getChildren().get(1);
        Ellipse ellipse = (Ellipse) group.getChildren().get(0);
        assertThat(ellipse.getFill()).isNull();
        assertThat(ellipse.getStrokeWidth()).isEqualTo(2);

        SVGPath path = (SVGPath) d.shapes().getChildren().get(2);
        assertThat(path.getContent()).isEqualTo("M0 0 L10 10");
        assertThat(path.getStrokeLineCap()).isEqualTo(StrokeLineCap.ROUND);
        assertThat(path.getOpacity()).isEqualTo(0.5);
    }

    @Test
    void refusesElementsItCannotDraw() throws IOException {
        Path file = svg("<text x=\"0\" y=\"0\">hi</text>");
        assertThatThrownBy(() -> SvgShapes.read(file)).isInstanceOf(IOException.class).hasMessageContaining("<text>");
    }

    @Test
    void everyShapeStatesItsFill() throws IOException {
        Path file = svg("<circle cx=\"1\" cy=\"1\" r=\"1\"/>");
        assertThatThrownBy(() -> SvgShapes.read(file)).isInstanceOf(IOException.class).hasMessageContaining("needs a fill");
    }

    @Test
    void refusesPaintOnGroupsRatherThanIgnoringIt() throws IOException {
        Path file = svg("<g fill=\"#000000\"><circle cx=\"1\" cy=\"1\" r=\"1\" fill=\"none\"/></g>");
        assertThatThrownBy(() -> SvgShapes.read(file)).isInstanceOf(IOException.class).hasMessageContaining("<g fill");
    }
}
