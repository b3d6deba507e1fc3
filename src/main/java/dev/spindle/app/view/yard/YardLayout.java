package dev.spindle.app.view.yard;

import dev.spindle.app.fold.Lane;
import dev.spindle.app.fold.RunState;
import dev.spindle.app.fold.Room;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything goes in the yard for one state and width: section frames with titles,
 * a place for each visible goroutine, and {@code +N} badges for the ones that do not fit.
 * Pure geometry, no nodes.
 *
 * <pre>
 *  GLOBAL RUN QUEUE   (G12)(G13) ...
 *  P0 · carrier 0   [G1]  next (G9)   (G10)(G11) ...
 *  P1 · carrier 1   [  ]  next ( )
 *  WAITING
 *   sync.WaitGroup.Wait · wg   (G1)
 *   chan receive · jobs        (G8)(G9)
 *  DONE  (G2)(G3) ...
 * </pre>
 */
public final class YardLayout {
    /** Most tokens shown in one queue; the rest is a badge (issue: "above ~300"). */
    public static final int MAX_PER_QUEUE = 300;
    /** Most waiting rooms listed; further rooms are summed up in one line. */
    public static final int MAX_ROOMS = 8;

    /** What a section frame is. */
    public enum Kind { GLOBAL, LANE, WAITING, ROOM, DONE }

    /** A framed region with its title. {@code slotX} is the running slot's x for lanes (else -1). */
    public record Section(Kind kind, String title, double x, double y, double w, double h, double slotX, double nextX,
                          boolean idle) {}

    /** A goroutine's place; {@code role} tells the token how to look there. */
    public record Place(long g, double x, double y, Role role) {}

    public enum Role { QUEUED, RUNNING, NEXT, WAITING, DONE }

    /** A {@code +N} badge at (x, y). */
    public record Badge(String text, double x, double y) {}

    public record Result(List<Section> sections, Map<Long, Place> places, List<Badge> badges, double height) {}

    private final double d;
    private final double gap;
    private final double pad;
    private final double title;
    private final double labelW;
    private final double width;
    private final List<Section> sections = new ArrayList<>();
    private final Map<Long, Place> places = new LinkedHashMap<>();
    private final List<Badge> badges = new ArrayList<>();

    /** Queue slots a lane always has room for (a token or two and a {@code +N} badge). */
    private static final int MIN_QUEUE_SLOTS = 3;

    private final boolean compact;

    private YardLayout(double width, double token) {
        this.d = token;
        this.gap = Math.round(token * 0.22);
        this.pad = Math.round(token * 0.35);
        this.title = Math.round(token * 0.9);
        // A narrow yard (a 1024 px projector) titles its lanes "P0" instead of "P0 · carrier 0",
        // so that the lanes keep room for their local queues.
        this.compact = width < compactBelow(token);
        this.labelW = Math.round(token * (compact ? 2.0 : 5.2));
        this.width = Math.max(width, minWidth(token));
    }

    /** Below this width the lanes get short titles. */
    private static double compactBelow(double token) {
        return token * 17;
    }

    /**
     * The narrowest yard in which every lane shows its title, running slot, runnext and at
     * least {@link #MIN_QUEUE_SLOTS} queue slots (with short titles). The view never draws
     * the yard narrower: a narrower viewport scrolls sideways instead of clipping a queue.
     */
    public static double minWidth(double token) {
        double pad = Math.round(token * 0.35);
        double gap = Math.round(token * 0.22);
        return pad + Math.round(token * 2.0) + token * 2.7 + token * 1.9 + MIN_QUEUE_SLOTS * (token + gap) + 2 * pad;
    }

    /** Lays out {@code s} in a yard {@code width} wide with tokens {@code token} px across. */
    public static Result of(RunState s, double width, double token) {
        return new YardLayout(width, token).layout(s);
    }

    private Result layout(RunState s) {
        double y = pad;
        // The global run queue.
        double rowsH = rowsHeight(s.globalSize(), width - 4 * pad, 4);
        sections.add(new Section(Kind.GLOBAL, "GLOBAL RUN QUEUE", pad, y, width - 2 * pad, title + rowsH + pad, -1, -1, false));
        queue(s.global(MAX_PER_QUEUE), s.globalSize(), pad * 2, y + title, width - 4 * pad, 4, Role.QUEUED);
        y += title + rowsH + pad * 2;

        // One lane per P.
        for (Lane lane : s.lanes()) {
            double slotX = pad + labelW;
            double nextX = slotX + d * 2.7;
            double queueX = nextX + d * 1.9;
            double qW = width - queueX - 2 * pad;
            double h = Math.max(d + 2 * pad, rowsHeight(lane.localSize(), qW, 3) + pad);
            sections.add(new Section(Kind.LANE, compact ? "P" + lane.p() : lane.label(), pad, y, width - 2 * pad, h, slotX, nextX, lane.running() == 0));
            double cy = y + (h - d) / 2;
            if (lane.running() != 0) {
                places.put(lane.running(), new Place(lane.running(), slotX, cy, Role.RUNNING));
            }
            if (lane.runnext() != 0) {
                places.put(lane.runnext(), new Place(lane.runnext(), nextX, cy, Role.NEXT));
            }
            double qy = lane.localSize() > perRow(qW) ? y + pad / 2 : cy;
            queue(lane.local(MAX_PER_QUEUE), lane.localSize(), queueX, qy, qW, 3, Role.QUEUED);
            y += h + gap;
        }
        y += pad;

        // Waiting rooms.
        List<Room> rooms = s.rooms(MAX_PER_QUEUE);
        double top = y;
        y += title;
        int shown = 0;
        for (Room room : rooms) {
            if (shown == MAX_ROOMS) {
                int rest = rooms.size() - MAX_ROOMS;
                long gs = rooms.subList(MAX_ROOMS, rooms.size()).stream().mapToLong(Room::total).sum();
                badges.add(new Badge("+" + rest + " more rooms, " + gs + " goroutines", pad * 2, y));
                y += title;
                break;
            }
            double qW = width - 4 * pad;
            double h = title * 0.9 + rowsHeight(room.total(), qW, 16);
            sections.add(new Section(Kind.ROOM, room.title(), pad * 2, y, width - 4 * pad, h, -1, -1, false));
            queue(room.goroutines(), room.total(), pad * 2.5, y + title * 0.9, qW - pad, 16, Role.WAITING);
            y += h + gap;
            shown++;
        }
        if (rooms.isEmpty()) {
            y += d * 0.6;
        }
        sections.add(new Section(Kind.WAITING, "WAITING", pad, top, width - 2 * pad, y - top + pad / 2, -1, -1, rooms.isEmpty()));
        y += pad * 1.5;

        // Finished goroutines, most recent last.
        List<Long> done = s.done();
        double doneH = rowsHeight(Math.max(1, done.size()), width - 2 * pad, 1);
        sections.add(new Section(Kind.DONE, "DONE", pad, y, width - 2 * pad, title + doneH + pad, -1, -1, done.isEmpty()));
        int cap = perRow(width - 4 * pad);
        if (done.size() > cap) {
            // The badge first, as wide as its number needs ("+9985" at 10,000 goroutines is two
            // tokens wide: a fixed 1.5 tokens of room let it cover the first ones), then the
            // most recent that fit after it.
            double room = badgeWidth("+" + done.size()) + gap;
            int fit = perRow(width - 4 * pad - room);
            List<Long> recent = done.subList(done.size() - fit, done.size());
            badges.add(new Badge("+" + (done.size() - recent.size()), pad * 2, y + title + d * 0.2));
            queue(recent, recent.size(), pad * 2 + room, y + title, width - 4 * pad - room, 1, Role.DONE);
        } else {
            queue(done, done.size(), pad * 2, y + title, width - 4 * pad, 1, Role.DONE);
        }
        y += title + doneH + pad * 2;
        return new Result(List.copyOf(sections), places, List.copyOf(badges), y);
    }

    /**
     * How wide a {@code +N} badge is drawn: its type (.more-badge, 0.86 em, bold) and padding
     * are in proportion to the token (zoom and presentation scale both, presentation the
     * tokens more), so a width in tokens: a bold digit is about 0.3 of a token, the padding
     * and round ends about 0.6. A little wide rather than narrow: a badge never covers a token.
     */
    double badgeWidth(String text) {
        return d * (0.6 + 0.31 * text.length());
    }

    private int perRow(double w) {
        return Math.max(1, (int) ((w + gap) / (d + gap)));
    }

    private double rowsHeight(int n, double w, int maxRows) {
        int rows = Math.max(1, Math.min(maxRows, (n + perRow(w) - 1) / perRow(w)));
        return rows * (d + gap);
    }

    /** Places a queue ({@code total} long, {@code ids} its head) in up to {@code maxRows} rows from (x, y); the rest becomes a badge. */
    private void queue(List<Long> ids, int total, double x, double y, double w, int maxRows, Role role) {
        int perRow = perRow(w);
        int capacity = Math.min(MAX_PER_QUEUE, perRow * maxRows);
        // A badge takes as many slots as its number needs (its width, rounded up to slots).
        int badgeSlots = (int) Math.ceil((badgeWidth("+" + total) + gap) / (d + gap));
        int visible = total > capacity ? Math.max(0, capacity - badgeSlots) : Math.min(total, ids.size());
        for (int i = 0; i < visible; i++) {
            long g = ids.get(i);
            places.put(g, new Place(g, x + (i % perRow) * (d + gap), y + (double) (i / perRow) * (d + gap), role));
        }
        if (visible < total) {
            int i = visible;
            badges.add(new Badge("+" + (total - visible), x + (i % perRow) * (d + gap), y + (double) (i / perRow) * (d + gap) + d * 0.2));
        }
    }
}
