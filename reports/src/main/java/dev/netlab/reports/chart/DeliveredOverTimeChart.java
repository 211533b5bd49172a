package dev.netlab.reports.chart;

import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.MessageRow;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.text.Numbers;
import java.util.Arrays;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code delivered-over-time}: how many replies had arrived by each moment, per transport, all
 * clients together. A flat stretch is a time nothing got through; TCP catches up after a stall,
 * UDP never does.
 */
final class DeliveredOverTimeChart {

    static final String ID = "delivered-over-time";
    static final String TITLE = "Messages delivered so far";

    private DeliveredOverTimeChart() {
    }

    static double[] arrivalTimes(RunResults r, Transport t) {
        double[] times = r.messagesOf(t).stream().filter(MessageRow::delivered).mapToDouble(MessageRow::arrivalMs)
                .toArray();
        Arrays.sort(times);
        return times;
    }

    /** One series per transport: (arrival time, count delivered by then), starting at (0, 0). */
    static XYSeriesCollection dataset(RunResults r) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Transport t : r.transports()) {
            XYSeries s = new XYSeries(t.name(), true, false);
            s.add(0, 0);
            double[] times = arrivalTimes(r, t);
            for (int i = 0; i < times.length; i++) {
                s.addOrUpdate(times[i], i + 1);
            }
            data.addSeries(s);
        }
        return data;
    }

    static RunChart of(RunResults r, ReportOptions options) {
        ChartStyle style = ChartStyle.of(options.size());
        NumberAxis x = new NumberAxis("time (ms since the transport's run started)");
        NumberAxis y = new NumberAxis("replies received so far (all clients)");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYStepRenderer renderer = new XYStepRenderer();
        for (int i = 0; i < r.transports().size(); i++) {
            Transport t = r.transports().get(i);
            renderer.setSeriesPaint(i, ChartStyle.colour(t));
            renderer.setSeriesStroke(i, style.line(t));
        }
        XYPlot plot = new XYPlot(dataset(r), x, y, renderer);
        Markers.phases(plot, r, style);
        JFreeChart chart = new JFreeChart(TITLE, style.titleFont(), plot, true);
        style.apply(chart, r.caption() + "; " + r.scenario().clientWords()
                + (r.scenario().phases().isEmpty() ? "" : "; shaded: scenario phases"));
        return new RunChart(ID, TITLE, Optional.of(chart), sentence(r));
    }

    /**
     * Per transport: the replies received, and the longest silence one client lived through (the
     * longest time between two consecutive replies to the same client), naming that client. Merging
     * every client's replies would hide it: another client's replies fill the silence.
     */
    static String sentence(RunResults r) {
        StringBuilder s = new StringBuilder();
        for (Transport t : r.transports()) {
            long received = r.messagesOf(t).stream().filter(MessageRow::delivered).count();
            s.append(t.name()).append(" received ").append(Numbers.count(received, "reply", "replies"));
            Silence longest = longestSilence(r, t);
            if (longest != null) {
                s.append("; the longest silence for one client was ").append(Numbers.ms(longest.ms()))
                        .append(" (client ").append(longest.client()).append(", from ")
                        .append(Numbers.ms(longest.fromMs())).append(')');
            }
            s.append(". ");
        }
        return s.toString().trim();
    }

    /** A client's longest time between two consecutive replies; {@code fromMs} is the first's arrival. */
    record Silence(int client, double ms, double fromMs) {
    }

    /** The longest silence over all clients (the lowest client on ties); null when no client got two replies. */
    static Silence longestSilence(RunResults r, Transport t) {
        java.util.Map<Integer, double[]> byClient = new java.util.TreeMap<>();
        r.messagesOf(t).stream().filter(MessageRow::delivered).collect(java.util.stream.Collectors.groupingBy(
                MessageRow::client)).forEach((c, rows) -> byClient.put(c,
                rows.stream().mapToDouble(MessageRow::arrivalMs).sorted().toArray()));
        Silence longest = null;
        for (java.util.Map.Entry<Integer, double[]> e : byClient.entrySet()) {
            double[] times = e.getValue();
            for (int i = 1; i < times.length; i++) {
                if (longest == null || times[i] - times[i - 1] > longest.ms()) {
                    longest = new Silence(e.getKey(), times[i] - times[i - 1], times[i - 1]);
                }
            }
        }
        return longest;
    }
}
