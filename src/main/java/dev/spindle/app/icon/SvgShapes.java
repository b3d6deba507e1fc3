package dev.spindle.app.icon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads the small SVG subset Spindle's icon is drawn in and builds JavaFX shapes from it.
 *
 * <p>Supported: {@code svg} (with {@code viewBox}), {@code g}, {@code rect}, {@code circle},
 * {@code ellipse}, {@code line} and {@code path}, with the presentation attributes
 * {@code fill}, {@code stroke}, {@code stroke-width}, {@code stroke-linecap},
 * {@code stroke-linejoin} and {@code opacity} (on shapes and groups). Every shape states its
 * {@code fill}. Anything else is an error rather than a silent difference between the SVG
 * and the PNGs. Colours come from the SVG file, so none is written here.
 */
public final class SvgShapes {
    private SvgShapes() {
    }

    /** A parsed drawing: its shapes and the viewBox they are drawn in. */
    public record Drawing(Group shapes, Rectangle2D viewBox) {
    }

    public static Drawing read(Path svg) throws IOException {
        try (InputStream in = Files.newInputStream(svg)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
            if (!root.getTagName().equals("svg")) {
                throw new IOException(svg + ": not an SVG file");
            }
            return new Drawing(group(root), viewBox(root.getAttribute("viewBox")));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(svg + ": " + e.getMessage(), e);
        }
    }

    private static Rectangle2D viewBox(String attr) throws IOException {
        String[] p = attr.trim().split("[\\s,]+");
        if (p.length != 4) {
            throw new IOException("the svg element needs a viewBox of four numbers");
        }
        return new Rectangle2D(num(p[0]), num(p[1]), num(p[2]), num(p[3]));
    }

    private static Group group(Element parent) throws IOException {
        Group g = new Group();
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                Node child = element(e);
                if (child != null) {
                    if (e.hasAttribute("opacity")) {
                        child.setOpacity(num(e.getAttribute("opacity")));
                    }
                    g.getChildren().add(child);
                }
            }
        }
        return g;
    }

    /** One child element as a node, or null for elements that draw nothing (title, desc). */
    private static Node element(Element e) throws IOException {
        return switch (e.getTagName()) {
            case "title", "desc", "metadata" -> null;
            case "g" -> {
                for (String a : new String[] {"fill", "stroke", "stroke-width", "transform"}) {
                    if (e.hasAttribute(a)) {
                        throw new IOException("<g " + a + "=...> is not supported; put it on the shapes");
                    }
                }
                yield group(e);
            }
            default -> painted(shape(e), e);
        };
    }

    private static Shape shape(Element e) throws IOException {
        return switch (e.getTagName()) {
            case "rect" -> {
                Rectangle r = new Rectangle(num(e, "x"), num(e, "y"), num(e, "width"), num(e, "height"));
                double rx = e.hasAttribute("rx") ? num(e, "rx") : num(e, "ry");
                double ry = e.hasAttribute("ry") ? num(e, "ry") : rx;
                r.setArcWidth(2 * rx);
                r.setArcHeight(2 * ry);
                yield r;
            }
            case "circle" -> new Circle(num(e, "cx"), num(e, "cy"), num(e, "r"));
            case "ellipse" -> new Ellipse(num(e, "cx"), num(e, "cy"), num(e, "rx"), num(e, "ry"));
            case "line" -> new Line(num(e, "x1"), num(e, "y1"), num(e, "x2"), num(e, "y2"));
            case "path" -> {
                SVGPath p = new SVGPath();
                p.setContent(e.getAttribute("d"));
                yield p;
            }
            default -> throw new IOException("unsupported SVG element <" + e.getTagName() + ">");
        };
    }

    private static Shape painted(Shape s, Element e) throws IOException {
        String fill = e.getAttribute("fill");
        if (fill.isEmpty()) {
            // SVG would default to black; the icon says what it means instead.
            throw new IOException("<" + e.getTagName() + "> needs a fill (a colour or none)");
        }
        s.setFill(fill.equals("none") ? null : Color.web(fill));
        String stroke = e.getAttribute("stroke");
        s.setStroke(stroke.isEmpty() || stroke.equals("none") ? null : Color.web(stroke));
        if (e.hasAttribute("stroke-width")) {
            s.setStrokeWidth(num(e.getAttribute("stroke-width")));
        }
        s.setStrokeLineCap(switch (e.getAttribute("stroke-linecap")) {
            case "round" -> StrokeLineCap.ROUND;
            case "square" -> StrokeLineCap.SQUARE;
            default -> StrokeLineCap.BUTT;
        });
        s.setStrokeLineJoin(switch (e.getAttribute("stroke-linejoin")) {
            case "round" -> StrokeLineJoin.ROUND;
            case "bevel" -> StrokeLineJoin.BEVEL;
            default -> StrokeLineJoin.MITER;
        });
        return s;
    }

    private static double num(Element e, String attr) {
        return e.hasAttribute(attr) ? num(e.getAttribute(attr)) : 0;
    }

    private static double num(String s) {
        return Double.parseDouble(s.trim().toLowerCase(Locale.ROOT).replace("px", ""));
    }
}
