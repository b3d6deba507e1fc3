package dev.spindle.app.view.yard;

import dev.spindle.app.fold.Goroutine;
import dev.spindle.app.fold.RunState;
import dev.spindle.app.play.Playback;
import dev.spindle.trace.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.FadeTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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

    private final javafx.beans.property.BooleanProperty reducedMotion =
            new javafx.beans.property.SimpleBooleanProperty(this, "reducedMotion");

    private final Playback playback;
    private final Pane canvas = new Pane();
    private final Pane frames = new Pane();
    private final Pane tokensLayer = new Pane();
    private final Pane effects = new Pane();
    private final ScrollPane scroll = new ScrollPane();
    private final Map<Long, Token> tokens = new HashMap<>();
    /** Hidden tokens kept for reuse (see {@link Token#reassign}). */
    private final List<Token> spares = new ArrayList<>();
    private static final int MAX_SPARES = 400;
    /** Spare tokens kept ready between pulses ({@link #warmSpares}). */
    private static final int READY_SPARES = 128;
    private boolean warming;
    private boolean disposed;
    /** One animation for every token move. */
    private final Mover mover = new Mover();
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1);
    private final InvalidationListener onChange = o -> refresh();
    /**
     * The layout depends on the viewport's width only; its other changes (the scroll bar
     * coming and going as the yard grows, scrolling) would lay the yard out twice a pulse.
     */
    private final InvalidationListener onViewport = o -> {
        double w = scroll.getViewportBounds().getWidth();
        if (w != this.lastViewportWidth) {
            this.lastViewportWidth = w;
            refresh();
        }
    };
    private double lastViewportWidth = -1;
    /** Flat out, tokens jump and the yard is redrawn twenty times a second, showing the latest state. */
    private final dev.spindle.app.view.Throttle throttle;
    private final YardMirror mirror = new YardMirror();
    private final dev.spindle.app.view.Throttle mirrorThrottle;
    private final InvalidationListener onRevision;
    private final InvalidationListener onLanes = o -> refreshNow();
    /**
     * Flat out, tokens jump instead of sliding and most of them change role or colour at every
     * refresh, and a lane turns idle or busy as often: a cached bitmap would be drawn again
     * each time and then drawn to the screen, twice the software renderer's work (about half
     * of its time in the frame before a flat-out cores change). So the token and frame bitmaps
     * are kept only at human speeds, where they save redrawing what merely moves.
     */
    private final InvalidationListener onPace;
    private boolean bitmaps = true;
    private final ObservableSet<Long> highlighted = FXCollections.observableSet();
    private final SetChangeListener<Long> onHighlight = c -> {
        Token t = tokens.get(c.wasAdded() ? c.getElementAdded() : c.getElementRemoved());
        if (t != null) {
            t.highlight(c.wasAdded(), !reducedMotion.get());
        }
    };
    /** "You schedule": the goroutines the student may pick now, and the one Tab has reached (0: none). */
    private final ObservableList<Long> candidates = FXCollections.observableArrayList();
    private final javafx.beans.property.LongProperty focusedCandidate = new javafx.beans.property.SimpleLongProperty(this, "focusedCandidate");
    private final InvalidationListener onCandidates = o -> markCandidates();
    /** Told the goroutine of a clicked token ("You schedule" picks with it); null for none. */
    private java.util.function.LongConsumer tokenClicked;
    private List<YardLayout.Section> lastSections = List.of();
    /** The core count the lanes on screen were drawn for. */
    private int drawnProcs = -1;
    private List<YardLayout.Badge> lastBadges = List.of();
    private double lastToken;
    private double lastFramesToken;
    /**
     * The section nodes by kind, the i-th section of a kind drawn by the i-th of its list: a
     * cores change adds or drops lanes without restyling the sections after them (a node whose
     * kind, i.e. style class, changed was matched against the whole stylesheet again in the
     * very frame the class is watching for).
     */
    private final Map<YardLayout.Kind, List<SectionNodes>> sectionNodes = new java.util.EnumMap<>(YardLayout.Kind.class);
    private final Pane badges = new Pane();
    private final TokenCard card;

    public YardView(Playback playback) {
        this.playback = playback;
        this.card = new TokenCard(playback::state);
        this.throttle = new dev.spindle.app.view.Throttle(Duration.millis(50), playback::flatOut, this::refresh);
        // The yard in words for screen readers; flat out four times a second is plenty to listen to.
        this.mirrorThrottle = new dev.spindle.app.view.Throttle(Duration.millis(250), playback::flatOut,
                () -> mirror.show(playback.state()));
        this.onPace = o -> cacheBitmaps(!playback.flatOut());
        this.onRevision = o -> {
            if (playback.state().procs() != drawnProcs) {
                throttle.now(); // new lanes are drawn at once, even flat out: the class is watching for them
            } else {
                throttle.request();
            }
            mirrorThrottle.request();
        };
        canvas.getStyleClass().add("yard-canvas");
        canvas.getChildren().addAll(frames, badges, tokensLayer, effects, mirror);
        frames.setManaged(false);
        frames.setCache(bitmaps);
        badges.setManaged(false);
        tokensLayer.setManaged(false);
        effects.setManaged(false);
        effects.setMouseTransparent(true);
        scroll.setContent(canvas);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("yard-scroll", "edge-to-edge");
        scroll.setId("yard-scroll");
        dev.spindle.app.view.UncachedViewport.of(scroll); // tokens move at every refresh of a playing run
        playback.revisionProperty().addListener(onRevision);
        playback.lanesRevisionProperty().addListener(onLanes);
        playback.speedProperty().addListener(onPace);
        playback.playingProperty().addListener(onPace);
        scale.addListener(onChange);
        scroll.viewportBoundsProperty().addListener(onViewport);
        highlighted.addListener(onHighlight);
        candidates.addListener(onCandidates);
        focusedCandidate.addListener(onCandidates);
    }

    /**
     * The goroutines a person may pick now ("You schedule"): their tokens pulse and keep a
     * ring while they are in the list; the {@link #focusedCandidateProperty() focused} one is
     * ringed more strongly. FX thread.
     */
    public ObservableList<Long> candidates() {
        return candidates;
    }

    public javafx.beans.property.LongProperty focusedCandidateProperty() {
        return focusedCandidate;
    }

    /** Whether goroutine {@code g}'s token is on screen and lit as a candidate (tests). */
    public boolean isCandidate(long g) {
        Token t = tokens.get(g);
        return t != null && t.isCandidate();
    }

    /** Whether goroutine {@code g}'s token is on screen with the focus ring (tests). */
    public boolean isFocusedCandidate(long g) {
        Token t = tokens.get(g);
        return t != null && t.isFocusedCandidate();
    }

    /** The token of goroutine {@code g} as a node (tests click it), or null when it is not on screen. */
    public Node token(long g) {
        return tokens.get(g);
    }

    /** Who is told when a token is clicked (besides the selection every click makes). */
    public void onTokenClicked(java.util.function.LongConsumer handler) {
        tokenClicked = handler;
    }

    private void markCandidates() {
        for (Token t : tokens.values()) {
            boolean on = candidates.contains(t.g());
            t.candidate(on, on && t.g() == focusedCandidate.get(), !reducedMotion.get());
        }
    }

    public Node root() {
        return scroll;
    }

    /** Token and spacing scale (presentation mode: 1.6). */
    public DoubleProperty scaleProperty() {
        return scale;
    }

    /**
     * Reduced motion (the platform's setting or the app's toggle): a token does not slide to
     * its new place, it fades in there; pointed-at and candidate tokens keep their rings
     * without pulsing.
     */
    public javafx.beans.property.BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    /**
     * Goroutines to point at, by id (a lesson's narration step: "the goroutine that blocked"):
     * their tokens pulse, then keep a ring until they leave the set. Ids without a token yet
     * are ringed when their token appears. FX thread.
     */
    public ObservableSet<Long> highlighted() {
        return highlighted;
    }

    /**
     * The ring colours of goroutine {@code g}'s token as drawn now: its disc's stroke and its
     * halo's (tests); null when it has no token on screen.
     */
    public javafx.scene.paint.Paint[] ringsOf(long g) {
        Token t = tokens.get(g);
        if (t == null) {
            return null;
        }
        t.applyCss();
        return t.rings();
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
        disposed = true;
        playback.revisionProperty().removeListener(onRevision);
        playback.lanesRevisionProperty().removeListener(onLanes);
        playback.speedProperty().removeListener(onPace);
        playback.playingProperty().removeListener(onPace);
        scale.removeListener(onChange);
        scroll.viewportBoundsProperty().removeListener(onViewport);
        highlighted.removeListener(onHighlight);
        candidates.removeListener(onCandidates);
        focusedCandidate.removeListener(onCandidates);
    }

    /** Token and frame bitmaps on (human speeds) or off (flat out); see {@link #onPace}. */
    private void cacheBitmaps(boolean on) {
        if (on == bitmaps) {
            return;
        }
        bitmaps = on;
        frames.setCache(on);
        tokens.values().forEach(t -> t.setCache(on));
        spares.forEach(t -> t.setCache(on));
    }

    private void refreshNow() {
        throttle.now();
    }

    /** Lays out the shown state and moves the tokens there. FX thread. */
    public void refresh() {
        RunState s = playback.state();
        drawnProcs = s.procs();
        double d = TOKEN * scale.get();
        // Never narrower than the lanes need: a narrower viewport scrolls sideways, no queue is cut off.
        double min = YardLayout.minWidth(d);
        double width = Math.max(min, scroll.getViewportBounds().getWidth());
        YardLayout.Result layout = YardLayout.of(s, width, d);
        canvas.setMinWidth(min);
        canvas.setMinHeight(layout.height());
        canvas.setPrefHeight(layout.height());
        if (!layout.sections().equals(lastSections) || d != lastFramesToken) {
            drawFrames(layout);
            lastSections = layout.sections();
            lastFramesToken = d;
        }
        if (!layout.badges().equals(lastBadges)) {
            drawBadges(layout.badges());
            lastBadges = layout.badges();
        }
        double ms = playback.moveMillis();
        if (d != lastToken) {
            tokens.values().forEach(t -> t.resize(d));
            spares.forEach(t -> t.resize(d));
            lastToken = d;
        }
        // Tokens whose goroutine left the screen become spares, reused by the ones that came.
        for (var it = tokens.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (!layout.places().containsKey(e.getKey())) {
                Token t = e.getValue();
                it.remove();
                mover.stop(t);
                if (card.owner() == t) {
                    card.leave();
                }
                t.setVisible(false);
                spares.add(t);
            }
        }
        Set<Long> raced = s.races().isEmpty() ? Set.of() : s.raceInvolved();
        for (YardLayout.Place p : layout.places().values()) {
            Token t = tokens.get(p.g());
            if (t == null) {
                t = newToken(s, p, d);
            }
            t.role(p.role(), s.crashInvolved().contains(p.g()) || raced.contains(p.g()));
            if (reducedMotion.get() && ms > 0 && (t.getLayoutX() != p.x() || t.getLayoutY() != p.y())) {
                t.appearAt(p.x(), p.y(), ms);
            } else {
                mover.moveTo(t, p.x(), p.y(), ms);
            }
        }
        drawRaces(s, layout, d, width);
        // Spares beyond what a frame is likely to need again are let go.
        while (spares.size() > MAX_SPARES) {
            tokensLayer.getChildren().remove(spares.removeLast());
        }
        if (ms > 0) {
            annotate(s.last());
        }
        if (card.showing()) {
            card.update();
        }
        if (!playback.flatOut()) {
            warmSpares();
        }
    }

    private Token newToken(RunState s, YardLayout.Place p, double d) {
        Token t;
        if (!spares.isEmpty()) {
            t = spares.removeLast();
            t.reassign(p.g());
            if (t.getWidth() != d) {
                t.resize(d);
            }
            t.setVisible(true);
        } else {
            t = createToken(p.g(), d);
        }
        placeNew(s, p, t);
        return t;
    }

    /**
     * Keeps {@link #READY_SPARES} hidden tokens ready, made a few at a time between pulses:
     * building and styling a token is what makes a frame long when dozens of goroutines
     * appear at once (flat out; and the frame that shows a cores change, which the class is
     * watching for), all the more in a JVM that has not compiled that code yet.
     */
    private void warmSpares() {
        if (warming || spares.size() >= READY_SPARES || tokens.size() + spares.size() >= MAX_SPARES) {
            return;
        }
        warming = true;
        javafx.application.Platform.runLater(() -> {
            warming = false;
            double d = TOKEN * scale.get();
            if (disposed || playback.flatOut()) {
                return; // flat out every pulse is busy; the next refresh at a human speed goes on
            }
            for (int i = 0; i < 4 && spares.size() < READY_SPARES; i++) {
                Token t = createToken(0, d);
                t.applyCss(); // styled now, not in the frame that shows it
                t.setVisible(false);
                spares.add(t);
            }
            warmSpares();
        });
    }

    /** A new token in the tokens' layer, answering the mouse. */
    private Token createToken(long g, double d) {
        Token t = new Token(g, d);
        t.setCache(bitmaps);
        t.setOnMouseEntered(e -> {
            card.hover(t, t.g());
            playback.hoveredGoroutineProperty().set(t.g());
        });
        t.setOnMouseExited(e -> {
            card.leave();
            playback.hoveredGoroutineProperty().set(0);
        });
        // A click picks the goroutine: the timeline says why it is where it is.
        t.setOnMouseClicked(e -> {
            playback.selectedGoroutineProperty().set(t.g());
            if (tokenClicked != null) {
                tokenClicked.accept(t.g());
            }
        });
        tokensLayer.getChildren().add(t);
        return t;
    }

    private void placeNew(RunState s, YardLayout.Place p, Token t) {
        Goroutine g = s.goroutine(p.g());
        Token parent = g != null ? tokens.get(g.parent()) : null;
        if (parent != null) {
            t.relocate(parent.getLayoutX(), parent.getLayoutY());
        } else {
            t.relocate(p.x(), p.y());
        }
        tokens.put(p.g(), t);
        if (highlighted.contains(p.g())) {
            t.highlight(true, !reducedMotion.get());
        }
        if (candidates.contains(p.g())) {
            t.candidate(true, p.g() == focusedCandidate.get(), !reducedMotion.get());
        }
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

    /**
     * Draws the section frames and titles. Their nodes are kept and updated in place (flat
     * out, a lane turns idle or busy and a queue gains a row many times a second), and at
     * human speeds the layer is cached as one bitmap, so that frames where only tokens move do
     * not redraw it ({@link #onPace}).
     */
    private void drawFrames(YardLayout.Result layout) {
        double d = TOKEN * scale.get();
        Map<YardLayout.Kind, Integer> used = new java.util.EnumMap<>(YardLayout.Kind.class);
        List<Node> nodes = new ArrayList<>();
        for (YardLayout.Section sec : layout.sections()) {
            List<SectionNodes> pool = sectionNodes.computeIfAbsent(sec.kind(), k -> new ArrayList<>());
            int i = used.merge(sec.kind(), 1, Integer::sum) - 1;
            if (i == pool.size()) {
                pool.add(new SectionNodes(sec.kind()));
            }
            pool.get(i).show(sec, d, nodes);
        }
        ObservableList<Node> children = frames.getChildren();
        if (!nodes.equals(children)) {
            // Only the nodes that come or go: a node taken out and put back is styled again
            // from scratch. Their order does not matter: no section paints over another (the
            // waiting frame around the rooms is transparent, its title above them).
            Set<Node> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            wanted.addAll(nodes);
            children.removeIf(n -> !wanted.contains(n));
            Set<Node> present = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            present.addAll(children);
            children.addAll(nodes.stream().filter(n -> !present.contains(n)).toList());
        }
    }

    /** The {@code +N} badges, reusing their labels. */
    private void drawBadges(List<YardLayout.Badge> list) {
        ObservableList<Node> labels = badges.getChildren();
        while (labels.size() > list.size()) {
            labels.removeLast();
        }
        while (labels.size() < list.size()) {
            Label badge = new Label();
            badge.getStyleClass().add("more-badge");
            labels.add(badge);
        }
        for (int i = 0; i < list.size(); i++) {
            YardLayout.Badge b = list.get(i);
            Label badge = (Label) labels.get(i);
            badge.setText(b.text());
            badge.relocate(b.x(), b.y());
        }
    }

    /** The nodes of one section: its frame and title, and for a lane the running and runnext slots. */
    private static final class SectionNodes {
        private final Region frame = new Region();
        private final Label title = new Label();
        private Region slot;
        private Label next;
        private Region nextSlot;

        SectionNodes(YardLayout.Kind kind) {
            frame.setManaged(false);
            String k = kind.name().toLowerCase(java.util.Locale.ROOT);
            frame.getStyleClass().setAll("yard-section", "yard-" + k);
            title.getStyleClass().setAll("label", "yard-title", "yard-title-" + k);
        }

        void show(YardLayout.Section sec, double d, List<Node> out) {
            if (sec.idle() != frame.getStyleClass().contains("idle")) {
                if (sec.idle()) {
                    frame.getStyleClass().add("idle");
                } else {
                    frame.getStyleClass().remove("idle");
                }
            }
            frame.resizeRelocate(sec.x(), sec.y(), sec.w(), sec.h());
            title.setText(sec.title());
            out.add(frame);
            out.add(title);
            if (sec.kind() == YardLayout.Kind.LANE) {
                title.setMinHeight(sec.h());
                title.setPrefHeight(sec.h());
                title.relocate(sec.x() + d * 0.35, sec.y());
                if (slot == null) {
                    slot = new Region();
                    slot.getStyleClass().add("run-slot");
                    slot.setManaged(false);
                    next = new Label("next");
                    next.getStyleClass().add("next-label");
                    nextSlot = new Region();
                    nextSlot.getStyleClass().add("next-slot");
                    nextSlot.setManaged(false);
                }
                double m = d * 0.18;
                slot.resizeRelocate(sec.slotX() - m, sec.y() + (sec.h() - d) / 2 - m, d + 2 * m, d + 2 * m);
                next.relocate(sec.nextX() - d * 1.25, sec.y() + (sec.h() - d * 0.65) / 2);
                nextSlot.resizeRelocate(sec.nextX(), sec.y() + (sec.h() - d) / 2, d, d);
                out.add(slot);
                out.add(next);
                out.add(nextSlot);
            } else {
                title.setMinHeight(Region.USE_COMPUTED_SIZE);
                title.setPrefHeight(Region.USE_COMPUTED_SIZE);
                title.relocate(sec.x() + d * 0.3, sec.y() + d * 0.1);
            }
        }
    }

    /** The dashed arrows of the races on screen (--race), made again at each refresh. */
    private final List<Node> raceEdges = new ArrayList<>();

    /**
     * For each data race found so far, the happens-before edge that is missing: a dashed arrow
     * from the goroutine of the earlier access to the goroutine of the later one, labelled
     * with both lines. Drawn to where the tokens are going, so it stays with them. The real
     * edges that do exist are the wake trails (a send waking a receive, an Unlock a Lock).
     * The label goes where it is whole inside the yard ({@code width} wide) and clear of both
     * tokens ({@link RaceLabelPlace}).
     */
    private void drawRaces(RunState s, YardLayout.Result layout, double d, double width) {
        effects.getChildren().removeAll(raceEdges);
        raceEdges.clear();
        for (Event.DataRace r : s.races()) {
            YardLayout.Place from = layout.places().get(r.other());
            YardLayout.Place to = layout.places().get(r.g());
            if (from == null || to == null) {
                continue;
            }
            double h = d / 2;
            double x1 = from.x() + h;
            double y1 = from.y() + h;
            double x2 = to.x() + h;
            double y2 = to.y() + h;
            double len = Math.max(1, Math.hypot(x2 - x1, y2 - y1));
            double ux = (x2 - x1) / len;
            double uy = (y2 - y1) / len;
            // Start and end at the discs' rims; the head points at the later access.
            double sx = x1 + ux * h;
            double sy = y1 + uy * h;
            double ex = x2 - ux * h;
            double ey = y2 - uy * h;
            Line edge = new Line(sx, sy, ex, ey);
            edge.getStyleClass().add("race-edge");
            javafx.scene.shape.Polygon head = new javafx.scene.shape.Polygon(
                    ex, ey,
                    ex - ux * 12 - uy * 6, ey - uy * 12 + ux * 6,
                    ex - ux * 12 + uy * 6, ey - uy * 12 - ux * 6);
            head.getStyleClass().add("race-edge-head");
            String lines = "G" + r.other() + " line " + r.otherLine() + " → G" + r.g() + " line " + r.line();
            Label label = new Label("no happens-before: " + lines);
            label.getStyleClass().addAll("yard-annotation", "race-label");
            effects.getChildren().addAll(edge, head);
            raceEdges.add(edge);
            raceEdges.add(head);
            raceEdges.add(label);
            placeLabel(label, lines, from, to, d, new javafx.geometry.BoundingBox(0, 0, width, layout.height()));
        }
    }

    /** Measures the label (styled, in the scene) on one and on two lines, and puts it where {@link RaceLabelPlace} says. */
    private void placeLabel(Label label, String lines, YardLayout.Place from, YardLayout.Place to, double d,
            javafx.geometry.Bounds yard) {
        label.setManaged(false);
        effects.getChildren().add(label);
        label.applyCss();
        double[] one = {label.prefWidth(-1), label.prefHeight(-1)};
        String oneLine = label.getText();
        label.setText("no happens-before:\n" + lines);
        double[] two = {label.prefWidth(-1), label.prefHeight(-1)};
        // The rings around a raced token (and a lesson's halo) reach a few pixels past its disc.
        double ring = d * 0.3;
        RaceLabelPlace at = RaceLabelPlace.of(
                new javafx.geometry.BoundingBox(from.x() - ring, from.y() - ring, d + 2 * ring, d + 2 * ring),
                new javafx.geometry.BoundingBox(to.x() - ring, to.y() - ring, d + 2 * ring, d + 2 * ring), one, two, yard);
        if (!at.twoLines()) {
            label.setText(oneLine);
        }
        double[] size = at.twoLines() ? two : one;
        label.resizeRelocate(at.x(), at.y(), size[0], size[1]);
    }

    /** The race labels on screen, for tests: each must be whole inside the yard. */
    public List<Label> raceLabels() {
        return raceEdges.stream().filter(n -> n instanceof Label).map(n -> (Label) n).toList();
    }

    /** The yard's drawing area (tokens, frames, labels), in the coordinates the labels are placed in. */
    public javafx.geometry.Bounds yardBounds() {
        return new javafx.geometry.BoundingBox(0, 0, canvas.getWidth(), canvas.getHeight());
    }

    /** How many missing-edge arrows are drawn (tests). */
    public int raceEdgesShown() {
        return (int) raceEdges.stream().filter(n -> n instanceof Line).count();
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
