package dev.netlab.simulator.tcp;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.result.CwndPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * One path's congestion window over time, bounded. A point is recorded when the window changes. When
 * {@code capacity} points are held, every second one is dropped and from then on only every
 * second change is kept (the stride doubles each time), so a long run keeps an evenly thinned
 * trace of at most {@code capacity} points instead of growing without bound. The latest value is
 * always available through {@link #points()}, which appends it if the stride skipped it (so at most
 * {@code capacity + 1} points come out). Times are milliseconds on the path's clock.
 */
final class CwndTrace {

    private final int capacity;
    private final int flow;
    private final Direction direction;
    private final List<CwndPoint> points = new ArrayList<>();
    private long stride = 1;
    private long changes;
    private CwndPoint last;

    CwndTrace(int capacity, int flow, Direction direction) {
        if (capacity < 2) {
            throw new IllegalArgumentException("trace capacity must be 2 or more points: " + capacity);
        }
        this.capacity = capacity;
        this.flow = flow;
        this.direction = direction;
    }

    /** Notes the window at a time; ignored when it did not change. */
    void record(long timeNanos, long cwndBytes) {
        if (last != null && last.cwndBytes() == cwndBytes) {
            return;
        }
        last = new CwndPoint(flow, direction, timeNanos / 1e6, cwndBytes);
        if (changes++ % stride != 0) {
            return;
        }
        if (points.size() == capacity) {
            List<CwndPoint> kept = new ArrayList<>(capacity);
            for (int i = 0; i < points.size(); i += 2) {
                kept.add(points.get(i));
            }
            points.clear();
            points.addAll(kept);
            stride *= 2;
        }
        points.add(last);
    }

    /** The recorded points in time order, ending with the latest value. */
    List<CwndPoint> points() {
        List<CwndPoint> out = new ArrayList<>(points);
        if (last != null && (out.isEmpty() || out.get(out.size() - 1) != last)) {
            out.add(last);
        }
        return List.copyOf(out);
    }
}
