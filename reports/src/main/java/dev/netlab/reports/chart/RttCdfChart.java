package dev.netlab.reports.chart;

import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.MessageRow;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.text.Numbers;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code rtt-cdf}: the distribution of round-trip times of the replies that came back, UDP and
 * TCP overlaid as empirical CDFs (share of replies with an RTT at most x).
 */
final class RttCdfChart {

    static final String ID = "rtt-cdf";
    static final String TITLE = "Round-trip time distribution";

    private RttCdfChart() {
    }

    static double[] sortedRtts(RunResults r, Transport t) {
        double[] rtts = r.messagesOf(t).stream().filter(MessageRow::delivered)
                .mapToDouble(m -> m.rttMs().getAsDouble()).toArray();
        Arrays.sort(rtts);
        return rtts;
    }

    /** One series per transport, keyed by its name: (RTT, share of replies with that RTT or less). */
    static XYSeriesCollection dataset(RunResults r) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Transport t : r.transports()) {
            double[] rtts = sortedRtts(r, t);
            XYSeries s = new XYSeries(t.name(), true, false);
            for (int i = 0; i < rtts.length; i++) {
                // Equal RTTs collapse into one step at the highest share.
                s.addOrUpdate(rtts[i], (i + 1.0) / rtts.length);
            }
            data.addSeries(s);
        }
        return data;
    }

    static RunChart of(RunResults r, ReportOptions options) {
        ChartStyle style = ChartStyle.of(options.size());
        ValueAxis x;
        if (options.logRtt()) {
            LogAxis log = new LogAxis("round-trip time (ms, log scale)");
            log.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
            log.setSmallestValue(0.01);
            x = log;
        } else {
            NumberAxis lin = new NumberAxis("round-trip time (ms)");
            lin.setAutoRangeIncludesZero(true);
            x = lin;
        }
        NumberAxis y = new NumberAxis("replies with RTT at most x (%)");
        y.setRange(0, 1.02);
        y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        XYSeriesCollection data = dataset(r);
        XYStepRenderer renderer = new XYStepRenderer();
        for (int i = 0; i < r.transports().size(); i++) {
            Transport t = r.transports().get(i);
            renderer.setSeriesPaint(i, ChartStyle.colour(t));
            renderer.setSeriesStroke(i, style.line(t));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Markers.deadline(plot, r, style, false);
        JFreeChart chart = new JFreeChart(TITLE, style.titleFont(), plot, true);
        StringBuilder lost = new StringBuilder();
        for (Transport t : r.transports()) {
            lost.append(", ").append(t.name()).append(' ').append(r.summaries().get(t).lost() == 0 ? "none"
                    : String.valueOf(r.messagesOf(t).stream().filter(m -> !m.delivered()).count()));
        }
        style.apply(chart, r.caption() + "; all clients; lost messages have no RTT and are left out (lost"
                + lost.substring(1) + ")");
        return new RunChart(ID, TITLE, Optional.of(chart), sentence(r));
    }

    static String sentence(RunResults r) {
        StringBuilder s = new StringBuilder("Median and 99th-percentile round trips: ");
        double[] p99 = new double[Transport.values().length];
        int i = 0;
        for (Transport t : r.transports()) {
            double[] rtts = sortedRtts(r, t);
            double p50 = dev.netlab.core.metrics.SampleSummary.nearestRank(rtts, 50);
            p99[t.ordinal()] = dev.netlab.core.metrics.SampleSummary.nearestRank(rtts, 99);
            s.append(i++ == 0 ? "" : "; ").append(t.name()).append(' ').append(Numbers.ms(p50)).append(" and ")
                    .append(Numbers.ms(p99[t.ordinal()]));
        }
        s.append('.');
        double udp = p99[Transport.UDP.ordinal()];
        double tcp = p99[Transport.TCP.ordinal()];
        if (r.transports().size() == 2 && udp > 0 && !Double.isNaN(tcp)) {
            s.append(String.format(Locale.ROOT, " TCP's p99 is %.1f× UDP's: its tail is where retransmissions and"
                    + " head-of-line blocking show.", tcp / udp));
        }
        return s.toString();
    }
}
