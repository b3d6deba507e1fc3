package dev.spindle.app.icon;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** The application icon at every rendered size, for {@code Stage.getIcons()}. */
public final class AppIcon {
    /** The sizes {@link IconRenderer} writes, smallest first. */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256, 512);

    private AppIcon() {
    }

    /** Resource path of the PNG of one size. */
    public static String resource(int size) {
        return "/icons/spindle-" + size + ".png";
    }

    /** The icon images that exist; the window manager picks the size it needs. */
    public static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            URL url = AppIcon.class.getResource(resource(size));
            if (url != null) {
                images.add(new Image(url.toExternalForm()));
            }
        }
        return images;
    }
}
