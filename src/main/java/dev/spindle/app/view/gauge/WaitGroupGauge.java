package dev.spindle.app.view.gauge;

import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A WaitGroup's gauge: its variable name, the counter on a dial scaled to the highest the
 * counter has been, a tick for every Add and Done, the goroutines parked in Wait, a flash
 * when the counter reaches zero, and Go's panic message when it goes negative.
 */
public final class WaitGroupGauge extends Control {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final LongProperty counter = new SimpleLongProperty(this, "counter");
    private final LongProperty peak = new SimpleLongProperty(this, "peak");
    private final ObjectProperty<List<Long>> deltas = new SimpleObjectProperty<>(this, "deltas", List.of());
    private final ObjectProperty<List<Long>> waiters = new SimpleObjectProperty<>(this, "waiters", List.of());
    private final LongProperty operations = new SimpleLongProperty(this, "operations");
    private final LongProperty zeroAt = new SimpleLongProperty(this, "zeroAt", -1);

    public WaitGroupGauge() {
        getStyleClass().add("wait-group-gauge");
    }

    /** Its height follows its width (the dial grows with its column, the title and waiters wrap). */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new WaitGroupGaugeSkin(this);
    }

    public StringProperty nameProperty() { return name; }
    /** The counter now: what {@code wg.Wait} waits to see at zero. */
    public LongProperty counterProperty() { return counter; }
    public long getCounter() { return counter.get(); }
    /** The dial's full scale. */
    public LongProperty peakProperty() { return peak; }
    /** How many Add and Done calls so far. */
    public LongProperty operationsProperty() { return operations; }
    /** The most recent Adds (positive) and Dones (negative), in order. */
    public ObjectProperty<List<Long>> deltasProperty() { return deltas; }
    /** Goroutines parked in Wait. */
    public ObjectProperty<List<Long>> waitersProperty() { return waiters; }
    /** Sequence number of the event that last brought the counter to zero; a change flashes the dial. */
    public LongProperty zeroAtProperty() { return zeroAt; }
}
