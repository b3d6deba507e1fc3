package dev.spindle.app.view;

import java.nio.IntBuffer;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The timeline's slices as pixels: solid rectangles written into an int array and put on the
 * canvas as one image. A canvas replays every fill command on the render thread, and the
 * software renderer spends some 20 µs on each: 10,000 slice rectangles made a 200 ms frame.
 * One image costs the renderer the same whatever it shows, and filling pixels here costs
 * what the pixels cost. Sized in device pixels, so edges stay sharp on a scaled screen.
 * FX thread only.
 */
final class TimelineRaster {
    private final Map<Paint, Integer> argb = new IdentityHashMap<>();
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;
    private int width;
    private int height;
    private double scale = 1;
    private double originX;
    private double originY;

    /**
     * Starts a raster for the area at ({@code x}, {@code y}) of {@code w} by {@code h} canvas
     * units at {@code scale} device pixels per unit, cleared to transparent.
     */
    void begin(double x, double y, double w, double h, double scale) {
        int pw = Math.max(1, (int) Math.ceil(w * scale));
        int ph = Math.max(1, (int) Math.ceil(h * scale));
        if (pw != width || ph != height) {
            width = pw;
            height = ph;
            IntBuffer ints = IntBuffer.allocate(pw * ph);
            pixels = ints.array();
            buffer = new PixelBuffer<>(pw, ph, ints, PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        } else {
            java.util.Arrays.fill(pixels, 0);
        }
        this.scale = scale;
        originX = x;
        originY = y;
    }

    /** Fills a rectangle given in canvas units (clipped to the raster); see-through paint blends over what is there. */
    void fill(double x, double y, double w, double h, Paint paint) {
        int c = argb(paint);
        if ((c >>> 24) == 0) {
            return;
        }
        int x0 = clamp((int) Math.floor((x - originX) * scale), width);
        int x1 = clamp((int) Math.ceil((x + w - originX) * scale), width);
        int y0 = clamp((int) Math.round((y - originY) * scale), height);
        int y1 = clamp((int) Math.round((y + h - originY) * scale), height);
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        boolean opaque = (c >>> 24) == 0xff;
        for (int row = y0; row < y1; row++) {
            int at = row * width;
            if (opaque) {
                java.util.Arrays.fill(pixels, at + x0, at + x1, c);
            } else {
                for (int i = at + x0; i < at + x1; i++) {
                    pixels[i] = over(c, pixels[i]);
                }
            }
        }
    }

    /** Puts the raster on the canvas, where {@link #begin} placed it. */
    void drawOn(GraphicsContext gc) {
        buffer.updateBuffer(b -> null);
        boolean smooth = gc.isImageSmoothing();
        gc.setImageSmoothing(false);
        gc.drawImage(image, originX, originY, width / scale, height / scale);
        gc.setImageSmoothing(smooth);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    /** Premultiplied ARGB of a solid colour (other paints, which the stylesheet does not give here, as their mean). */
    private int argb(Paint paint) {
        Integer known = argb.get(paint);
        if (known != null) {
            return known;
        }
        Color c = paint instanceof Color col ? col : Color.TRANSPARENT;
        double a = c.getOpacity();
        int v = (int) Math.round(a * 255) << 24
                | (int) Math.round(c.getRed() * a * 255) << 16
                | (int) Math.round(c.getGreen() * a * 255) << 8
                | (int) Math.round(c.getBlue() * a * 255);
        argb.put(paint, v);
        return v;
    }

    /** Source-over of premultiplied {@code src} on {@code dst}. */
    private static int over(int src, int dst) {
        int keep = 255 - (src >>> 24);
        int a = (src >>> 24) + ((dst >>> 24) * keep + 127) / 255;
        int r = ((src >>> 16) & 0xff) + (((dst >>> 16) & 0xff) * keep + 127) / 255;
        int g = ((src >>> 8) & 0xff) + (((dst >>> 8) & 0xff) * keep + 127) / 255;
        int b = (src & 0xff) + ((dst & 0xff) * keep + 127) / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }
}
