package dev.spindle.app.theme;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/** The application's own stylesheets, in the order they are added to a scene. */
public final class Stylesheets {
    /** Layout and colours of Spindle's regions. */
    public static final String APP = "/styles/spindle.css";
    /** Makes ControlsFX controls follow the AtlantaFX theme. */
    public static final String CONTROLSFX = "/styles/controlsfx-atlantafx.css";
    /** "You schedule" mode: its strip above the yard and the candidate tokens. */
    public static final String SCHEDULE = "/styles/schedule.css";
    /** The code view (RichTextFX). */
    public static final String CODE = "/styles/code.css";

    private Stylesheets() {
    }

    /** External forms of all sheets, for {@code Scene.getStylesheets()}. */
    public static List<String> all() {
        return List.of(url(CONTROLSFX), url(APP), url(CODE), url(SCHEDULE));
    }

    /**
     * The ControlsFX sheet's external form, for a group of controls that may leave the scene
     * (a toolbar's overflow menu is a popup scene of its own).
     */
    public static String controlsFx() {
        return url(CONTROLSFX);
    }

    /** A resource of this module as an external URL string; a missing sheet is a build error. */
    static String url(String resource) {
        URL url = Stylesheets.class.getResource(resource);
        return Objects.requireNonNull(url, () -> "missing resource " + resource).toExternalForm();
    }
}
