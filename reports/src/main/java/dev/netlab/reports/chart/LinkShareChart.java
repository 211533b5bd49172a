package dev.netlab.reports.chart;

import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.text.LinkShare;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * {@code link-share}: a concurrent run's flows on the one link they shared, on one time axis: each
 * flow's (transport and client's) delivered rate per {@value ClientThroughputChart#BIN_MS} ms by reply
 * arrival, stacked, UDP's at the bottom in orange shades and TCP's above in blue ones, with the link's
 * rate as a line. The top of the stack is what the link carried of payload; UDP keeping its band while
 * TCP's shrinks is UDP keeping its rate while TCP backs off. Absent for a run whose transports ran in turn
 * (their times are not one axis); at most {@value ClientThroughputChart#MAX_CLIENTS} clients per transport.
 */
final class LinkShareChart {

    static final String ID = "link-share";
    static final String TITLE = "Each flow's delivered rate on the shared link";

    private LinkShareChart() {
    }

    /** One series per flow, UDP's first (the bottom of the stack), every series on the same bins. */
    static DefaultTableXYDataset dataset(RunResults r) {
        List<double[]> flows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int bins = 0;
        for (Transport t : r.transports()) {
            int clients = Math.min(ClientThroughputChart.MAX_CLIENTS, r.scenario().traffic(t).clients());
            double[][] kbps = ClientThroughputChart.binnedKbps(r.messagesOf(t), clients);
            for (int c = 0; c < clients; c++) {
                flows.add(kbps[c]);
                names.add(t.name() + (clients > 1 ? " client " + c : ""));
                bins = Math.max(bins, kbps[c].length);
            }
        }
        DefaultTableXYDataset data = new DefaultTableXYDataset();
        for (int f = 0; f < flows.size(); f++) {
            XYSeries s = new XYSeries(names.get(f), false, false);
            for (int b = 0; b < bins; b++) {
                double[] kbps = flows.get(f);
                s.add(b * ClientThroughputChart.BIN_MS + ClientThroughputChart.BIN_MS / 2.0, b < kbps.length ? kbps[b] : 0);
            }
            data.addSeries(s);
        }
        return data;
    }

    static RunChart of(RunResults r, ReportOptions options) {
        if (!r.scenario().isConcurrent()) {
            return new RunChart(ID, TITLE, Optional.empty(), "No link-share chart: the transports ran in turn.");
        }
        ChartStyle style = ChartStyle.of(options.size());
        DefaultTableXYDataset data = dataset(r);
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        colour(r, renderer);
        NumberAxis y = new NumberAxis("kbit/s delivered per " + ClientThroughputChart.BIN_MS + " ms, stacked");
        XYPlot plot = new XYPlot(data, new NumberAxis("time (ms since the run started)"), y, renderer);
        LinkShare share = LinkShare.of(r);
        if (share.hasRate()) {
            double kbps = share.linkBps() / 1000;
            // A marker does not widen the axis: show the link's rate even when the flows stay below it.
            org.jfree.data.Range stacked = org.jfree.data.general.DatasetUtils.findStackedRangeBounds(data);
            y.setRange(0, Math.max(kbps, stacked == null ? 0 : stacked.getUpperBound()) * 1.08);
            plot.addRangeMarker(linkRate(kbps, style), Layer.FOREGROUND);
        }
        Markers.phases(plot, r, style);
        JFreeChart chart = new JFreeChart(TITLE, style.titleFont(), plot, true);
        style.apply(chart, r.caption() + "; " + String.join(" and ", r.transports().stream()
                .map(t -> t.name() + " " + r.scenario().traffic(t).words()).toList())
                + " at once; payload by reply arrival (headers not counted): TCP hands on what it held behind a repaired"
                + " loss at once, so a bin can pass the link's rate");
        return new RunChart(ID, TITLE, Optional.of(chart), sentence(r, data, share));
    }

    /**
     * Per transport, the least and most its flows delivered together in one bin while every transport was
     * sending (the first bin and each transport's last, partly empty, left out), against the link's rate.
     */
    static String sentence(RunResults r, DefaultTableXYDataset data, LinkShare share) {
        List<Transport> ts = r.transports();
        int bins = data.getItemCount();
        double[][] sums = new double[ts.size()][bins];
        int[] last = new int[ts.size()];
        for (int series = 0; series < data.getSeriesCount(); series++) {
            int t = ts.indexOf(Transport.parse(((String) data.getSeriesKey(series)).split(" ")[0]));
            for (int b = 0; b < bins; b++) {
                sums[t][b] += data.getYValue(series, b);
                last[t] = sums[t][b] > 0 ? b : last[t];
            }
        }
        int until = java.util.Arrays.stream(last).min().orElse(0) - 1;
        if (until < 1) {
            return "The transports did not deliver at the same time long enough to compare them per "
                    + ClientThroughputChart.BIN_MS + " ms.";
        }
        List<String> parts = new ArrayList<>();
        for (int t = 0; t < ts.size(); t++) {
            double[] both = java.util.Arrays.copyOfRange(sums[t], 1, until + 1);
            parts.add(String.format(Locale.ROOT, "%s's flows between %.0f and %.0f kbit/s", ts.get(t).name(),
                    java.util.Arrays.stream(both).min().orElse(0), java.util.Arrays.stream(both).max().orElse(0)));
        }
        return "Per " + ClientThroughputChart.BIN_MS + " ms while both sent, " + String.join(" and ", parts)
                + (share.hasRate() ? String.format(Locale.ROOT, ", on a link of %.0f kbit/s.", share.linkBps() / 1000) : ".");
    }

    /** Each transport's flows in shades of its colour, from full to pale, so flows and transports both show. */
    private static void colour(RunResults r, StackedXYAreaRenderer2 renderer) {
        int series = 0;
        for (Transport t : r.transports()) {
            int clients = Math.min(ClientThroughputChart.MAX_CLIENTS, r.scenario().traffic(t).clients());
            for (int c = 0; c < clients; c++) {
                renderer.setSeriesPaint(series++, ChartStyle.tint(ChartStyle.colour(t), clients == 1 ? 0 : 0.6 * c / (clients - 1)));
            }
        }
    }

    private static ValueMarker linkRate(double kbps, ChartStyle style) {
        ValueMarker m = new ValueMarker(kbps, Color.BLACK, style.dashed(2));
        m.setLabel("link rate " + String.format(Locale.ROOT, "%.0f", kbps) + " kbit/s");
        m.setLabelFont(style.tickFont());
        m.setLabelPaint(Color.BLACK);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return m;
    }
}
