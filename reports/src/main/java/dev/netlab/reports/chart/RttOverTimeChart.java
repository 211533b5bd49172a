package dev.netlab.reports.chart;

import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.MeasuredSummary;
import dev.netlab.reports.results.MessageRow;
import dev.netlab.reports.results.PhaseSpan;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.text.Numbers;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code rtt-over-time}: each reply's round trip against when its message was sent, with the
 * scenario's phases shaded. TCP's retransmission stalls show as ramps: messages queued behind a
 * lost segment all wait for it. A bulk transfer beside another transport (a concurrent run) is left
 * out: its writes fill the send buffers at once, so its round trips are seconds of buffer wait that
 * would flatten the other transport's curve, which is the lesson (bufferbloat); the table gives them.
 */
final class RttOverTimeChart {

    static final String ID = "rtt-over-time";
    static final String TITLE = "Round-trip time of each message over the run";

    private RttOverTimeChart() {
    }

    /** One series per transport: (send time, RTT) of every reply that came. */
    static XYSeriesCollection dataset(RunResults r) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Transport t : drawn(r)) {
            XYSeries s = new XYSeries(t.name(), false, true);
            for (MessageRow m : r.messagesOf(t)) {
                if (m.delivered()) {
                    s.add(m.sentMs(), m.rttMs().getAsDouble());
                }
            }
            data.addSeries(s);
        }
        return data;
    }

    /** The transports drawn: all but a bulk transfer that shares the run with another transport. */
    static java.util.List<Transport> drawn(RunResults r) {
        return r.transports().stream().filter(t -> !leftOut(r, t)).toList();
    }

    private static boolean leftOut(RunResults r, Transport t) {
        return r.scenario().isConcurrent() && r.transports().size() > 1 && "bulk".equals(r.scenario().traffic(t).profile());
    }

    static RunChart of(RunResults r, ReportOptions options) {
        ChartStyle style = ChartStyle.of(options.size());
        NumberAxis x = new NumberAxis("send time (ms since the transport's run started)");
        ValueAxis y;
        if (options.logRtt()) {
            LogAxis log = new LogAxis("round-trip time (ms, log scale)");
            log.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
            y = log;
        } else {
            y = new NumberAxis("round-trip time (ms)");
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        java.util.List<Transport> drawn = drawn(r);
        for (int i = 0; i < drawn.size(); i++) {
            Transport t = drawn.get(i);
            renderer.setSeriesPaint(i, ChartStyle.colour(t));
            renderer.setSeriesShape(i, style.shape(t));
        }
        XYPlot plot = new XYPlot(dataset(r), x, y, renderer);
        Markers.phases(plot, r, style);
        Markers.deadline(plot, r, style, true);
        JFreeChart chart = new JFreeChart(TITLE, style.titleFont(), plot, true);
        String bulk = r.transports().stream().filter(t -> leftOut(r, t)).map(t -> "; " + t.name()
                + "'s bulk messages not drawn (they wait in the send buffers; see the table)").findFirst().orElse("");
        style.apply(chart, r.caption() + "; all clients; lost messages have no RTT and are not shown" + bulk
                + (r.scenario().phases().isEmpty() ? "" : "; shaded: scenario phases"));
        return new RunChart(ID, TITLE, Optional.of(chart), sentence(r));
    }

    static String sentence(RunResults r) {
        StringBuilder s = new StringBuilder();
        for (Transport t : drawn(r)) {
            MessageRow worst = null;
            for (MessageRow m : r.messagesOf(t)) {
                if (m.delivered() && (worst == null || m.rttMs().getAsDouble() > worst.rttMs().getAsDouble())) {
                    worst = m;
                }
            }
            if (worst == null) {
                s.append(t.name()).append(" got no reply at all. ");
                continue;
            }
            s.append(t.name()).append("'s slowest reply took ").append(Numbers.ms(worst.rttMs().getAsDouble()))
                    .append(" (sent at ").append(Numbers.ms(worst.sentMs()));
            for (PhaseSpan p : r.scenario().phases()) {
                if (worst.sentMs() >= p.fromMs() && worst.sentMs() < p.toMs()) {
                    s.append(", during the ").append(p.name()).append(" phase");
                }
            }
            s.append(")");
            MeasuredSummary m = r.summaries().get(t);
            if (!Double.isNaN(m.holWaitMs()) && m.holWaitMs() > 0) {
                s.append("; its receivers held data behind a missing segment (head-of-line wait) for ")
                        .append(Numbers.ms(m.holWaitMs())).append(" in all");
                if (!Double.isNaN(m.longestHolWaitMs())) {
                    s.append(", at most ").append(Numbers.ms(m.longestHolWaitMs())).append(" at once");
                }
            }
            s.append(". ");
        }
        return s.toString().trim();
    }
}
