package dev.spindle.app.view.yard;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.animation.Interpolator;
import javafx.scene.Node;

/**
 * Slides the yard's tokens: one {@link AnimationTimer} drives every move in flight, instead
 * of one {@code Timeline} per token. With hundreds of tokens moving at once, per-token
 * animations each register a pulse receiver, allocate key frames and interpolate through
 * properties; here a move is four numbers and a start time, and a pulse is one loop.
 * FX thread only.
 */
final class Mover {
    private record Move(double fromX, double fromY, double toX, double toY, long start, long nanos) {}

    private final Map<Node, Move> moves = new IdentityHashMap<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step(now);
        }
    };
    private boolean running;

    /** Moves {@code n} to (x, y) over {@code millis} (0: at once), from wherever it is now. */
    void moveTo(Node n, double x, double y, double millis) {
        Move old = moves.remove(n);
        if (millis <= 0 || (n.getLayoutX() == x && n.getLayoutY() == y)) {
            n.relocate(x, y);
            return;
        }
        if (old != null && old.toX() == x && old.toY() == y) {
            moves.put(n, old); // already on its way there: keep the motion smooth
            return;
        }
        moves.put(n, new Move(n.getLayoutX(), n.getLayoutY(), x, y, System.nanoTime(), (long) (millis * 1e6)));
        if (!running) {
            running = true;
            timer.start();
        }
    }

    /** Stops {@code n} where it is. */
    void stop(Node n) {
        moves.remove(n);
    }

    boolean moving(Node n) {
        return moves.containsKey(n);
    }

    private void step(long now) {
        long t = System.nanoTime();
        for (Iterator<Map.Entry<Node, Move>> it = moves.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Node, Move> e = it.next();
            Move m = e.getValue();
            double f = Math.min(1, (double) (t - m.start()) / m.nanos());
            double k = Interpolator.EASE_BOTH.interpolate(0.0, 1.0, f);
            e.getKey().relocate(m.fromX() + (m.toX() - m.fromX()) * k, m.fromY() + (m.toY() - m.fromY()) * k);
            if (f >= 1) {
                it.remove();
            }
        }
        if (moves.isEmpty()) {
            running = false;
            timer.stop();
        }
    }
}
