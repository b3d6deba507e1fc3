package dev.spindle.app.view.yard;

import dev.spindle.app.fold.Goroutine;
import dev.spindle.app.fold.RunState;
import dev.spindle.app.play.Playback;
import dev.spindle.trace.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.FadeTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.util.Duration;

/**
 * The yard's nodes: section frames and titles drawn from {@link YardLayout}, and one
 * {@link Token} per visible goroutine, moved from its old place to its new one whenever the
 * shown state changes. A token that appears starts at its parent's token (spawn); a wake
 * draws a short trail from the waker; a steal and a preemption get a brief label.
 */
public final class YardView {
    /** Token diameter at 1× scale. */
    public static final double TOKEN = 30;

    private final Playback playback;
    private final Pane canvas = new Pane();
    private final Pane frames = new Pane();
    private final Pane tokensLayer = new Pane();
    private final Pane effects = new Pane();
    private final ScrollPane scroll = new ScrollPane();
    private final Map<Long, Token> tokens = new HashMap<>();
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final InvalidationListener onChange = o -> refresh();
    private final ObservableSet<Long> highlighted = FXCollections.observableSet();
    private final SetChangeListener<Long> onHighlight = c -> {
        Token t = tokens.get(c.wasAdded() ? c.getElementAdded() : c.getElementRemoved());
        if (t != null) {
            t.highlight(c.wasAdded());
        }
    };
    private List<YardLayout.Section> lastSections = List.of();
    private List<YardLayout.Badge> lastBadges = List.of();
    private double lastToken;
    private final TokenCard card;

    public YardView(Playback playback) {
        this.playback = playback;
        this.card = new TokenCard(playback::state);
        canvas.getStyleClass().add("yard-canvas");
        canvas.getChildren().addAll(frames, tokensLayer, effects);
        frames.setManaged(false);
        tokensLayer.setManaged(false);
        effects.setManaged(false);
        effects.setMouseTransparent(true);
        scroll.setContent(canvas);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("yard-scroll", "edge-to-edge");
        scroll.setId("yard-scroll");
        playback.revisionProperty().addListener(onChange);
        scale.addListener(onChange);
        scroll.viewportBoundsProperty().addListener(onChange);
        highlighted.addListener(onHighlight);
    }

    public Node root() {
        return scroll;
    }

    /** Token and spacing scale (presentation mode: 1.6). */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /**
     * Goroutines to point at, by id (a lesson's narration step: "the goroutine that blocked"):
     * their tokens pulse, then keep a ring until they leave the set. Ids without a token yet
     * are ringed when their token appears. FX thread.
     */
    public ObservableSet<Long> highlighted() {
        return highlighted;
    }

    /** Whether goroutine {@code g}'s token is on screen and ringed (tests). */
    public boolean isHighlighted(long g) {
        Token t = tokens.get(g);
        return t != null && t.highlighted();
    }

    /** The tokens on screen now, by goroutine id (for tests and the performance probe). */
    public int visibleTokens() {
        return tokens.size();
    }

    public void dispose() {
        playback.revisionProperty().removeListener(onChange);
        scale.removeListener(onChange);
        scroll.viewportBoundsProperty().removeListener(onChange);
        highlighted.removeListener(onHighlight);
    }

    /** Lays out the shown state and moves the tokens there. FX thread. */
    public void refresh() {
        RunState s = playback.state();
        double d = TOKEN * scale.get();
        double width = Math.max(400, scroll.getViewportBounds().getWidth());
        YardLayout.Result layout = YardLayout.of(s, width, d);
        canvas.setMinHeight(layout.height());
        canvas.setPrefHeight(layout.height());
        if (!layout.sections().equals(lastSections) || !layout.badges().equals(lastBadges)) {
            drawFrames(layout);
            lastSections = layout.sections();
            lastBadges = layout.badges();
        }
        double ms = playback.moveMillis();
        if (d != lastToken) {
            tokens.values().forEach(t -> t.resize(d));
            lastToken = d;
        }
        List<Long> gone = new ArrayList<>();
        for (Long g : tokens.keySet()) {
            if (!layout.places().containsKey(g)) {
                gone.add(g);
            }
        }
        for (Long g : gone) {
            Token t = tokens.remove(g);
            t.stopMoving();
            tokensLayer.getChildren().remove(t);
        }
        for (YardLayout.Place p : layout.places().values()) {
            Token t = tokens.get(p.g());
            if (t == null) {
                t = newToken(s, p, d);
            }
            t.role(p.role(), s.crashInvolved().contains(p.g()));
            t.moveTo(p.x(), p.y(), ms);
        }
        if (ms > 0) {
            annotate(s.last());
        }
        if (card.showing()) {
            card.update();
        }
    }

    private Token newToken(RunState s, YardLayout.Place p, double d) {
        Token t = new Token(p.g(), d);
        Goroutine g = s.goroutine(p.g());
        Token parent = g != null ? tokens.get(g.parent()) : null;
        if (parent != null) {
            t.relocate(parent.getLayoutX(), parent.getLayoutY());
        } else {
            t.relocate(p.x(), p.y());
        }
        long id = p.g();
        t.setOnMouseEntered(e -> card.hover(t, id));
        t.setOnMouseExited(e -> card.leave());
        tokens.put(p.g(), t);
        tokensLayer.getChildren().add(t);
        if (highlighted.contains(p.g())) {
            t.highlight(true);
        }
        return t;
    }

    /**
     * Opens the hover card of goroutine {@code g}'s token as if the mouse rested on it; false
     * when the token is not on screen. For tests and the keyboard-only presentation mode.
     */
    public boolean showCard(long g) {
        Token t = tokens.get(g);
        if (t == null) {
            return false;
        }
        card.hover(t, g);
        card.open();
        return card.showing();
    }

    /** Closes the hover card. */
    public void hideCard() {
        card.leave();
    }

    private void drawFrames(YardLayout.Result layout) {
        List<Node> nodes = new ArrayList<>();
        for (YardLayout.Section sec : layout.sections()) {
            Region frame = new Region();
            frame.getStyleClass().addAll("yard-section", "yard-" + sec.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (sec.idle()) {
                frame.getStyleClass().add("idle");
            }
            frame.setManaged(false);
            frame.resizeRelocate(sec.x(), sec.y(), sec.w(), sec.h());
            nodes.add(frame);
            Label title = new Label(sec.title());
            title.getStyleClass().addAll("yard-title", "yard-title-" + sec.kind().name().toLowerCase(java.util.Locale.ROOT));
            nodes.add(title);
            double d = TOKEN * scale.get();
            if (sec.kind() == YardLayout.Kind.LANE) {
                title.setMinHeight(sec.h());
                title.setPrefHeight(sec.h());
                title.relocate(sec.x() + d * 0.35, sec.y());
                Region slot = new Region();
                slot.getStyleClass().add("run-slot");
                slot.setManaged(false);
                double m = d * 0.18;
                slot.resizeRelocate(sec.slotX() - m, sec.y() + (sec.h() - d) / 2 - m, d + 2 * m, d + 2 * m);
                nodes.add(slot);
                Label next = new Label("next");
                next.getStyleClass().add("next-label");
                next.relocate(sec.nextX() - d * 1.25, sec.y() + (sec.h() - d * 0.65) / 2);
                nodes.add(next);
                Region nextSlot = new Region();
                nextSlot.getStyleClass().add("next-slot");
                nextSlot.setManaged(false);
                nextSlot.resizeRelocate(sec.nextX(), sec.y() + (sec.h() - d) / 2, d, d);
                nodes.add(nextSlot);
            } else {
                title.relocate(sec.x() + d * 0.3, sec.y() + d * 0.1);
            }
        }
        for (YardLayout.Badge b : layout.badges()) {
            Label badge = new Label(b.text());
            badge.getStyleClass().add("more-badge");
            badge.relocate(b.x(), b.y());
            nodes.add(badge);
        }
        frames.getChildren().setAll(nodes);
    }

    /** Short-lived marks for the last event: a trail from waker to woken, "steal", "preempted". */
    private void annotate(Event e) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Event.GoUnblock u when u.by() != 0 -> {
                Token from = tokens.get(u.by());
                Token to = tokens.get(u.g());
                if (from != null && to != null) {
                    double r = from.getWidth() / 2;
                    Line trail = new Line(from.getLayoutX() + r, from.getLayoutY() + r, to.getLayoutX() + r, to.getLayoutY() + r);
                    trail.getStyleClass().add("wake-trail");
                    fadeOut(trail);
                }
            }
            case Event.Steal st -> near(st.toP(), "steal " + st.count() + " from P" + st.fromP(), "steal-label");
            case Event.GoPreempt pr -> near(pr.p(), "⏱ preempted G" + pr.g(), "preempt-label");
            default -> { }
        }
    }

    private void near(int p, String text, String style) {
        for (YardLayout.Section s : lastSections) {
            if (s.kind() == YardLayout.Kind.LANE && s.title().startsWith("P" + p + " ")) {
                Label l = new Label(text);
                l.getStyleClass().addAll("yard-annotation", style);
                l.relocate(s.x() + s.w() - 240 * scale.get(), s.y() + 4);
                fadeOut(l);
                return;
            }
        }
    }

    private void fadeOut(Node n) {
        effects.getChildren().add(n);
        FadeTransition f = new FadeTransition(Duration.millis(Math.max(500, playback.moveMillis() * 3)), n);
        f.setFromValue(1);
        f.setToValue(0);
        f.setOnFinished(e -> effects.getChildren().remove(n));
        f.play();
    }
}
