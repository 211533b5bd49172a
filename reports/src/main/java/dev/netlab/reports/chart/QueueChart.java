package dev.netlab.reports.chart;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.RunResults;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code queue}: the rate queue over time, from {@code ledger.csv}: packets in the queue (mean per
 * {@value QueueSamples#BIN_MS} ms, with the limit as a line) and the time a copy spent there (ms),
 * uplink solid and downlink dashed, for UDP (TCP when UDP did not run). With a shared queue
 * ({@code share: shared}) it is every client's queue at once. Absent without a rate or a ledger.
 */
final class QueueChart {

    static final String ID = "queue";
    static final String TITLE = "The rate queue over time";

    private QueueChart() {
    }

    static RunChart of(RunResults r, Path resultsDir, ReportOptions options) {
        if (r.scenario().uplink().get("rate") == null && r.scenario().downlink().get("rate") == null) {
            return new RunChart(ID, TITLE, Optional.empty(), "No queue chart: the link has no rate, so no queue forms.");
        }
        Path ledger = resultsDir.resolve(ResultsCsv.LEDGER.fileName());
        Transport t = r.transports().contains(Transport.UDP) ? Transport.UDP : r.transports().get(0);
        QueueSamples q;
        try {
            if (!Files.exists(ledger)) {
                return new RunChart(ID, TITLE, Optional.empty(), "No queue chart: this run has no ledger.csv.");
            }
            q = QueueSamples.read(ledger, t.label(), r.scenario());
        } catch (IOException e) {
            return new RunChart(ID, TITLE, Optional.empty(), "No queue chart: " + e.getMessage());
        }
        ChartStyle style = ChartStyle.of(options.size());
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(new NumberAxis("time (ms since the transport's run started)"));
        combined.add(panel(q, style, true, r));
        combined.add(panel(q, style, false, r));
        JFreeChart chart = new JFreeChart(TITLE, style.titleFont(), combined, true);
        style.apply(chart, r.caption() + "; " + t.name() + ", every client; mean per " + QueueSamples.BIN_MS
                + " ms; time in the queue = time in the relay less the base delay");
        return new RunChart(ID, TITLE, Optional.of(chart), sentence(q, t));
    }

    private static XYPlot panel(QueueSamples q, ChartStyle style, boolean packets, RunResults r) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Direction d : Direction.values()) {
            XYSeries s = new XYSeries(d.label() + (packets ? " packets" : " ms"), false, true);
            for (int bin = 0; bin < q.bins(d); bin++) {
                double y = packets ? q.packets(d, bin) : q.queueMs(d, bin);
                if (!Double.isNaN(y)) {
                    s.add(bin * QueueSamples.BIN_MS + QueueSamples.BIN_MS / 2.0, y);
                }
            }
            data.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.UDP);
        renderer.setSeriesStroke(0, style.solid(3));
        renderer.setSeriesPaint(1, ChartStyle.SKY);
        renderer.setSeriesStroke(1, style.dashed(3));
        XYPlot plot = new XYPlot(data, null, new NumberAxis(packets ? "packets in the queue" : "ms in the queue"), renderer);
        String limit = r.scenario().uplink().get("limit");
        if (packets && limit != null && limit.matches("\\d+")) {
            // A marker does not widen the axis: show the limit even when the queue stays below it.
            double top = Math.max(Integer.parseInt(limit), data.getRangeUpperBound(false)) * 1.08;
            plot.getRangeAxis().setRange(0, top);
            ValueMarker m = new ValueMarker(Integer.parseInt(limit), Color.BLACK, style.dashed(2));
            m.setLabel("limit " + limit);
            m.setLabelFont(style.tickFont());
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(m, Layer.FOREGROUND);
        }
        Markers.phases(plot, r, style);
        return plot;
    }

    /** Per direction, the mean and largest packets in the queue and the mean time there. */
    static String sentence(QueueSamples q, Transport t) {
        StringBuilder s = new StringBuilder();
        for (Direction d : Direction.values()) {
            double sumPackets = 0;
            double most = 0;
            double sumMs = 0;
            int withCopies = 0;
            int bins = q.bins(d);
            for (int bin = 0; bin < bins; bin++) {
                sumPackets += q.packets(d, bin);
                most = Math.max(most, q.packets(d, bin));
                if (!Double.isNaN(q.queueMs(d, bin))) {
                    sumMs += q.queueMs(d, bin);
                    withCopies++;
                }
            }
            if (bins == 0) {
                continue;
            }
            s.append(String.format(Locale.ROOT, "%s %s: %.1f packets in the queue on average (%.1f at most over %d ms),"
                    + " %.1f ms spent there. ", t.name(), d.label(), sumPackets / bins, most, QueueSamples.BIN_MS,
                    withCopies == 0 ? 0 : sumMs / withCopies));
        }
        return s.toString().trim();
    }
}
