package dev.spindle.app.view.gauge;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A channel: its name, buffer slots (len of cap filled, each showing the value it holds, the
 * next to be received first), closed, and the goroutines queued to send and receive.
 */
public final class ChannelWidget extends Control {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final IntegerProperty capacity = new SimpleIntegerProperty(this, "capacity");
    private final IntegerProperty len = new SimpleIntegerProperty(this, "len");
    private final BooleanProperty closed = new SimpleBooleanProperty(this, "closed");
    private final ObjectProperty<List<String>> values = new SimpleObjectProperty<>(this, "values", List.of());
    private final ObjectProperty<List<Long>> senders = new SimpleObjectProperty<>(this, "senders", List.of());
    private final ObjectProperty<List<Long>> receivers = new SimpleObjectProperty<>(this, "receivers", List.of());

    public ChannelWidget() {
        getStyleClass().add("channel-widget");
    }

    /** Its height follows its width (a long title wraps). */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ChannelWidgetSkin(this);
    }

    public StringProperty nameProperty() { return name; }
    public IntegerProperty capacityProperty() { return capacity; }
    public IntegerProperty lenProperty() { return len; }
    public BooleanProperty closedProperty() { return closed; }
    /** The buffered values' short texts, head first (at most len of them are drawn). */
    public ObjectProperty<List<String>> valuesProperty() { return values; }
    public ObjectProperty<List<Long>> sendersProperty() { return senders; }
    public ObjectProperty<List<Long>> receiversProperty() { return receivers; }
}
