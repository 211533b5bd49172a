package dev.netlab.reports.sweep;

import dev.netlab.reports.results.SweepRow;
import dev.netlab.reports.text.Numbers;
import java.util.function.ToDoubleFunction;

/** The four measures a sweep charts against the swept value, each with its file name and axis. */
enum SweepMetric {
    DELIVERY("sweep-delivery", "deliveryRatio", "Delivery ratio", "delivered / sent (%)", true, SweepRow::deliveryRatio),
    ON_TIME("sweep-on-time", "onTimeRatio", "On-time ratio", "replies within the deadline / sent (%)", true,
            SweepRow::onTimeRatio),
    RTT_P99("sweep-rtt-p99", "rttP99Ms", "99th-percentile round-trip time", "p99 round-trip time (ms)", false,
            SweepRow::rttP99Ms),
    GOODPUT("sweep-goodput", "goodputBps", "Goodput", "goodput (kbit/s)", false, r -> r.goodputBps() / 1000);

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

    /** The value as the report writes it. */
    String format(double v) {
        if (ratio) {
            return Numbers.percent(v);
        }
        return this == GOODPUT ? Numbers.bitsPerSecond(v * 1000) : Numbers.ms(v);
    }
}
