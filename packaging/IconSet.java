import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Makes every platform's icon file from the PNGs that {@code ./mvnw -Picons} renders from
 * the one source drawing, packaging/icon.svg: a Windows {@code .ico}, a macOS {@code .icns}
 * and the PNG that jpackage puts beside the Linux launcher.
 *
 * <p>Run with the JDK's source launcher, so the build needs no extra tools on any of the
 * three operating systems: {@code java packaging/IconSet.java resources/icons target/icons}.
 * Both container formats hold PNG images, which Windows (since Vista) and macOS (since 10.7)
 * read at every size. Sizes the renderer does not write (20, 24, 40 for Windows' small
 * views) are scaled down from the next larger rendering, never up.
 */
public final class IconSet {
    /** Windows: list views, title bars, taskbar and Explorer's large and jumbo icons. */
    private static final int[] ICO_SIZES = {16, 20, 24, 32, 40, 48, 64, 128, 256};

    /** macOS: the icns element types that hold PNG data, with their pixel sizes. */
    private static final Map<String, Integer> ICNS_TYPES = icnsTypes();

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> types = new java.util.LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("ic11", 32);   // 16 pt @2x
        types.put("icp6", 64);
        types.put("ic12", 64);   // 32 pt @2x
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic13", 256);  // 128 pt @2x
        types.put("ic09", 512);
        types.put("ic14", 512);  // 256 pt @2x
        return types;
    }

    private static final Pattern NAME = Pattern.compile("spindle-(\\d+)\\.png");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java IconSet.java <dir with spindle-N.png> <output dir>");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        TreeMap<Integer, Path> renderings = renderings(in);
        if (renderings.isEmpty() || renderings.lastKey() < 256) {
            System.err.println("IconSet: " + in + " needs spindle-N.png files up to at least 256 px"
                    + " (run ./mvnw -Picons)");
            System.exit(1);
        }
        Files.createDirectories(out);
        Files.copy(renderings.lastEntry().getValue(), out.resolve("spindle.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(out.resolve("spindle.ico"), ico(renderings));
        Files.write(out.resolve("spindle.icns"), icns(renderings));
        System.out.println("IconSet: spindle.png (" + renderings.lastKey() + " px), spindle.ico, spindle.icns in " + out);
    }

    private static TreeMap<Integer, Path> renderings(Path dir) throws IOException {
        TreeMap<Integer, Path> found = new TreeMap<>();
        try (var files = Files.list(dir)) {
            files.forEach(p -> {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    found.put(Integer.parseInt(m.group(1)), p);
                }
            });
        }
        return found;
    }

    /** The PNG bytes of the icon at {@code size} px: the rendering itself, or a scaled-down one. */
    private static byte[] png(TreeMap<Integer, Path> renderings, int size) {
        try {
            Path exact = renderings.get(size);
            if (exact != null) {
                return Files.readAllBytes(exact);
            }
            Map.Entry<Integer, Path> larger = renderings.ceilingEntry(size);
            if (larger == null) {
                throw new IllegalStateException("no rendering of at least " + size + " px");
            }
            BufferedImage scaled = scaleDown(ImageIO.read(larger.getValue().toFile()), size);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(scaled, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Halves the image until one more halving would pass the target, then a last bicubic step:
     *  a single large bicubic step skips pixels and makes thin strokes shimmer. */
    private static BufferedImage scaleDown(BufferedImage image, int size) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= size) {
            current = resize(current, current.getWidth() / 2);
        }
        return current.getWidth() == size ? current : resize(current, size);
    }

    private static BufferedImage resize(BufferedImage image, int size) {
        BufferedImage result = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = result.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, size, size, null);
        g.dispose();
        return result;
    }

    /** ICONDIR, one ICONDIRENTRY per size (0 means 256), then the PNG images. Little-endian. */
    private static byte[] ico(TreeMap<Integer, Path> renderings) {
        List<byte[]> images = new ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(png(renderings, size));
        }
        int headerSize = 6 + 16 * images.size();
        int total = headerSize + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = headerSize;
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES[i];
            buf.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buf.put((byte) 0).put((byte) 0);              // no palette, reserved
            buf.putShort((short) 1).putShort((short) 32); // planes, bits per pixel
            buf.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(buf::put);
        return buf.array();
    }

    /** 'icns' + total length, then (type, length including its 8-byte header, PNG). Big-endian. */
    private static byte[] icns(TreeMap<Integer, Path> renderings) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ICNS_TYPES.forEach((type, size) -> {
            if (renderings.lastKey() < size) {
                return;
            }
            byte[] png = png(renderings, size);
            body.writeBytes(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            body.writeBytes(ByteBuffer.allocate(4).putInt(png.length + 8).array());
            body.writeBytes(png);
        });
        ByteBuffer buf = ByteBuffer.allocate(8 + body.size());
        buf.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + body.size());
        buf.put(body.toByteArray());
        return buf.array();
    }
}
