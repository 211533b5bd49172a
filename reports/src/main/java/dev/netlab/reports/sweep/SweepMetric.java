package dev.netlab.reports.sweep;

import dev.netlab.reports.results.SweepRow;
import dev.netlab.reports.text.Numbers;
import java.util.function.ToDoubleFunction;

/**
 * The measures a sweep charts against the swept value, each with its file name and axis. A sweep
 * charts four: delivery, on time, p99 RTT and, for the bulk profile, goodput; for a fixed-rate
 * profile the same number as the delivered rate, which is not a capacity (docs/results.md).
 */
enum SweepMetric {
    DELIVERY("sweep-delivery", "deliveryRatio", "Delivery ratio", "delivered / sent (%)", true, SweepRow::deliveryRatio),
    ON_TIME("sweep-on-time", "onTimeRatio", "On-time ratio", "replies within the deadline / sent (%)", true,
            SweepRow::onTimeRatio),
    RTT_P99("sweep-rtt-p99", "rttP99Ms", "99th-percentile round-trip time", "p99 round-trip time (ms)", false,
            SweepRow::rttP99Ms),
    GOODPUT("sweep-goodput", "goodputBps", "Goodput", "goodput (kbit/s)", false, r -> r.goodputBps() / 1000),
    DELIVERED_RATE("sweep-delivered-rate", "goodputBps", "Delivered rate", "delivered rate (kbit/s), not a capacity", false,
            r -> r.goodputBps() / 1000);

    final String id;
    final String jsonKey;
    final String title;
    final String axisLabel;
    final boolean ratio;
    final ToDoubleFunction<SweepRow> value;

    SweepMetric(String id, String jsonKey, String title, String axisLabel, boolean ratio, ToDoubleFunction<SweepRow> value) {
        this.id = id;
        this.jsonKey = jsonKey;
        this.title = title;
        this.axisLabel = axisLabel;
        this.ratio = ratio;
        this.value = value;
    }

    /** The four charted for a sweep: goodput for the bulk profile, the delivered rate for the others. */
    static java.util.List<SweepMetric> charted(boolean bulk) {
        return java.util.List.of(DELIVERY, ON_TIME, RTT_P99, bulk ? GOODPUT : DELIVERED_RATE);
    }

    /** Whether the value is a rate in kbit/s. */
    boolean rate() {
        return this == GOODPUT || this == DELIVERED_RATE;
    }

    /** The value as the report writes it. */
    String format(double v) {
        if (ratio) {
            return Numbers.percent(v);
        }
        return rate() ? Numbers.bitsPerSecond(v * 1000) : Numbers.ms(v);
    }
}
