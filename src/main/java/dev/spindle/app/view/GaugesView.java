package dev.spindle.app.view;

import dev.spindle.app.fold.ChannelInfo;
import dev.spindle.app.fold.RunState;
import dev.spindle.app.fold.WaitGroupInfo;
import dev.spindle.app.play.Playback;
import dev.spindle.app.view.gauge.ChannelWidget;
import dev.spindle.app.view.gauge.WaitGroupGauge;
import dev.spindle.trace.WaitReason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;

/** One gauge per WaitGroup and one widget per channel of the running program, in order of first use. */
public final class GaugesView {
    private final Panel panel = new Panel("gauges", "WaitGroups & channels");
    private final Playback playback;
    private final VBox list = new VBox();
    private final ScrollPane scroll = new ScrollPane(list);
    private final Node emptyNode = EmptyState.of(MaterialDesignG.GAUGE,
            "No WaitGroups or channels yet",
            "Each WaitGroup gets a gauge with its counter and its waiters; each channel its buffer and queues.");
    private final Map<Long, WaitGroupGauge> gauges = new LinkedHashMap<>();
    private final Map<Long, ChannelWidget> channels = new LinkedHashMap<>();
    private final InvalidationListener onChange = o -> refresh();
    private final javafx.beans.property.ReadOnlyBooleanWrapper empty = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "empty", true);

    public GaugesView(Playback playback) {
        this.playback = playback;
        list.getStyleClass().add("gauge-list");
        list.setId("gauge-list");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        UncachedViewport.of(scroll); // the dials change at every refresh of a playing run
        panel.content(emptyNode);
        playback.revisionProperty().addListener(onChange);
    }

    public Node root() {
        return panel.root();
    }

    /** True while the shown state has no WaitGroup and no channel (the window then folds this column away). */
    public javafx.beans.property.ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public void dispose() {
        playback.revisionProperty().removeListener(onChange);
    }

    /** A name as a node id part ({@code wg (2)} -> {@code wg-2}), so that {@code #wg-wg-2} looks it up. */
    static String idPart(String name) {
        return name.replaceAll("[^A-Za-z0-9_]+", "-").replaceAll("-$", "");
    }

    /** Sets a list property only when the list differs: a fresh but equal list would redraw the widget for nothing. */
    private static <T> void setIfChanged(javafx.beans.property.ObjectProperty<List<T>> p, List<T> now) {
        if (!now.equals(p.get())) {
            p.set(now);
        }
    }

    private void refresh() {
        RunState s = playback.state();
        boolean structural = false;
        if (s.waitGroups().size() != gauges.size() || s.channels().size() != channels.size()) {
            gauges.keySet().retainAll(s.waitGroups().stream().map(w -> w.ref().id()).toList());
            channels.keySet().retainAll(s.channels().stream().map(c -> c.ref().id()).toList());
            structural = true;
        }
        for (WaitGroupInfo w : s.waitGroups()) {
            WaitGroupGauge g = gauges.computeIfAbsent(w.ref().id(), k -> {
                WaitGroupGauge n = new WaitGroupGauge();
                n.setId("wg-" + idPart(w.name()));
                return n;
            });
            g.nameProperty().set(w.name());
            g.peakProperty().set(w.peak());
            g.counterProperty().set(w.counter());
            if (g.operationsProperty().get() != w.operations()) {
                g.operationsProperty().set(w.operations());
                g.deltasProperty().set(w.deltas());
            }
            setIfChanged(g.waitersProperty(), s.waiting(WaitReason.WAIT_GROUP_WAIT, w.ref()));
            g.zeroAtProperty().set(w.zeroAtSeq());
        }
        for (ChannelInfo c : s.channels()) {
            ChannelWidget w = channels.computeIfAbsent(c.ref().id(), k -> {
                ChannelWidget n = new ChannelWidget();
                n.setId("chan-" + idPart(c.name()));
                return n;
            });
            w.nameProperty().set(c.name());
            w.capacityProperty().set(c.capacity());
            w.lenProperty().set(c.len());
            setIfChanged(w.valuesProperty(), c.buffer());
            w.closedProperty().set(c.closed());
            setIfChanged(w.sendersProperty(), s.waiting(WaitReason.CHAN_SEND, c.ref()));
            setIfChanged(w.receiversProperty(), s.waiting(WaitReason.CHAN_RECEIVE, c.ref()));
        }
        if (structural) {
            list.getChildren().setAll(gauges.values());
            list.getChildren().addAll(channels.values());
            panel.content(list.getChildren().isEmpty() ? emptyNode : scroll);
            this.empty.set(list.getChildren().isEmpty());
        }
    }
}
