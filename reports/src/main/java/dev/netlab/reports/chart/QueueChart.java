package dev.netlab.reports.chart;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.result.ResultsCsv;
import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.RunResults;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * ({@code share: shared}) it is every client's queue at once; in a concurrent run, the one queue UDP's
 * and TCP's packets share, with each transport's part of the uplink queue as a thin line. Absent without
 * a rate or a ledger.
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
        // A concurrent run's transports filled one queue at once: read them together, not one as if alone.
        List<Transport> read = r.scenario().isConcurrent() ? r.transports()
                : List.of(r.transports().contains(Transport.UDP) ? Transport.UDP : r.transports().get(0));
        QueueSamples q;
        try {
            if (!Files.exists(ledger)) {
                return new RunChart(ID, TITLE, Optional.empty(), "No queue chart: this run has no ledger.csv.");
            }
            q = QueueSamples.read(ledger, read.stream().map(Transport::label).toList(), r.scenario());
        } catch (IOException e) {
            return new RunChart(ID, TITLE, Optional.empty(), "No queue chart: " + e.getMessage());
        }
        ChartStyle style = ChartStyle.of(options.size());
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(new NumberAxis("time (ms since the "
                + (read.size() > 1 ? "run" : "transport's run") + " started)"));
        combined.add(panel(q, style, true, r));
        combined.add(panel(q, style, false, r));
        JFreeChart chart = new JFreeChart(TITLE, style.titleFont(), combined, true);
        String who = read.size() > 1 ? "UDP and TCP at once in one shared queue, each one's part of the uplink thin"
                : read.get(0).name() + ", every client";
        style.apply(chart, r.caption() + "; " + who + "; mean per " + QueueSamples.BIN_MS
                + " ms; time in the queue = time in the relay less the base delay");
        return new RunChart(ID, TITLE, Optional.of(chart), sentence(q, who(read)));
    }

    private static String who(List<Transport> read) {
        return String.join(" and ", read.stream().map(Transport::name).toList());
    }

    private static XYPlot panel(QueueSamples q, ChartStyle style, boolean packets, RunResults r) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        boolean shared = q.parts().size() > 1;
        for (Direction d : Direction.values()) {
            data.addSeries(series(q, d, -1, packets));
            // Shared: black and grey for the whole queue, so the transports' colours are free for their parts.
            renderer.setSeriesPaint(d.ordinal(), d == Direction.UPLINK ? (shared ? Color.BLACK : ChartStyle.UDP)
                    : shared ? ChartStyle.LOST : ChartStyle.SKY);
            renderer.setSeriesStroke(d.ordinal(), d == Direction.UPLINK ? style.solid(3) : style.dashed(3));
            // The two panels share the legend: once is enough.
            renderer.setSeriesVisibleInLegend(d.ordinal(), packets);
        }
        for (int part = 0; packets && shared && part < q.parts().size(); part++) {
            data.addSeries(series(q, Direction.UPLINK, part, true));
            renderer.setSeriesPaint(2 + part, ChartStyle.colour(Transport.parse(q.parts().get(part))));
            renderer.setSeriesStroke(2 + part, style.solid(2));
        }
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

    /** One direction's packets (of every transport, or of {@code part} alone) or ms in the queue per bin. */
    private static XYSeries series(QueueSamples q, Direction d, int part, boolean packets) {
        String name = part < 0 ? d.label() : d.label() + ": " + q.parts().get(part).toUpperCase(Locale.ROOT) + "'s packets";
        XYSeries s = new XYSeries(name + (packets || part >= 0 ? "" : " ms"), false, true);
        for (int bin = 0; bin < q.bins(d); bin++) {
            double y = !packets ? q.queueMs(d, bin) : part < 0 ? q.packets(d, bin) : q.packets(part, d, bin);
            if (!Double.isNaN(y)) {
                s.add(bin * QueueSamples.BIN_MS + QueueSamples.BIN_MS / 2.0, y);
            }
        }
        return s;
    }

    /** Per direction, the mean and largest packets in the queue and the mean time there. */
    static String sentence(QueueSamples q, String who) {
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
                    + " %.1f ms spent there. ", who, d.label(), sumPackets / bins, most, QueueSamples.BIN_MS,
                    withCopies == 0 ? 0 : sumMs / withCopies));
        }
        return s.toString().trim();
    }
}
