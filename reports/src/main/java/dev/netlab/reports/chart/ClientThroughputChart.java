package dev.netlab.reports.chart;

import dev.netlab.core.scenario.Transport;
import dev.netlab.core.units.DataRate;
import dev.netlab.reports.results.MessageRow;
import dev.netlab.reports.results.RunResults;
import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code client-throughput}: each client's delivered rate over time, one panel per transport, in
 * bins of {@value #BIN_MS} ms by reply arrival, with the link's fair share (rate ÷ clients) as a
 * line when the link has a rate and the transports ran in turn. Shows how clients share one link
 * (docs/results.md, {@code clientGoodputBps}). Absent with one client per transport; at most
 * {@value #MAX_CLIENTS} clients drawn, each line narrower than the one before so equal clients all show.
 */
final class ClientThroughputChart {

    static final String ID = "client-throughput";
    static final String TITLE = "Each client's delivered rate over time";
    static final int BIN_MS = 500;
    static final int MAX_CLIENTS = 8;

    /** Okabe-Ito, told apart by colour-blind readers; one per client. */
    private static final List<Color> CLIENT_COLOURS = List.of(new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x72, 0xB2),
            new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9),
            new Color(0xD5, 0x5E, 0x00), new Color(0xF0, 0xE4, 0x42), Color.BLACK);

    private ClientThroughputChart() {
    }

    /** One series per client (at most {@link #MAX_CLIENTS}): (bin middle in ms, kbit/s delivered in the bin). */
    static XYSeriesCollection dataset(RunResults r, Transport t) {
        int clients = Math.min(MAX_CLIENTS, r.scenario().traffic(t).clients());
        double[][] kbps = binnedKbps(r.messagesOf(t), clients);
        XYSeriesCollection data = new XYSeriesCollection();
        for (int c = 0; c < clients; c++) {
            XYSeries s = new XYSeries("client " + c, false, true);
            for (int b = 0; b < kbps[c].length; b++) {
                s.add(b * BIN_MS + BIN_MS / 2.0, kbps[c][b]);
            }
            data.addSeries(s);
        }
        return data;
    }

    /** Per client below {@code clients}, the kbit/s of payload delivered in each bin of reply arrival. */
    static double[][] binnedKbps(List<MessageRow> rows, int clients) {
        double endMs = rows.stream().filter(MessageRow::delivered).mapToDouble(MessageRow::arrivalMs).max().orElse(0);
        int bins = (int) Math.ceil(endMs / BIN_MS) + 1;
        double[][] kbps = new double[clients][bins];
        for (MessageRow m : rows) {
            if (m.delivered() && m.client() < clients) {
                kbps[m.client()][(int) (m.arrivalMs() / BIN_MS)] += m.sizeBytes() * 8.0 / BIN_MS; // bits per ms = kbit/s
            }
        }
        return kbps;
    }

    static RunChart of(RunResults r, ReportOptions options) {
        if (r.scenario().mostClients() < 2) {
            return new RunChart(ID, TITLE, Optional.empty(), "No per-client chart: the run had one client"
                    + (r.scenario().isConcurrent() ? " per transport (the link-share chart shows both)." : "."));
        }
        ChartStyle style = ChartStyle.of(options.size());
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(new NumberAxis("time (ms since the "
                + (r.scenario().isConcurrent() ? "run" : "transport's run") + " started)"));
        int lines = Math.min(MAX_CLIENTS, r.scenario().mostClients());
        // Client c has the same colour and width in every panel: one legend, from a panel with every client.
        Transport legend = r.transports().stream().filter(t -> dataset(r, t).getSeriesCount() == lines).findFirst()
                .orElse(r.transports().get(0));
        for (Transport t : r.transports()) {
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            XYSeriesCollection data = dataset(r, t);
            for (int i = 0; i < data.getSeriesCount(); i++) {
                renderer.setSeriesPaint(i, CLIENT_COLOURS.get(i));
                // Clients with the same rate draw the same line: each narrower than the one before, so all show.
                renderer.setSeriesStroke(i, style.solid(widthAt1600(i, lines)));
                renderer.setSeriesVisibleInLegend(i, t == legend);
            }
            XYPlot plot = new XYPlot(data, null, new NumberAxis(t.name() + " kbit/s per " + BIN_MS + " ms"), renderer);
            // The widest line (client 0) first, the narrower ones over it.
            plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
            fairShareKbps(r, t).ifPresent(kbps -> plot.addRangeMarker(fairShare(kbps, style), Layer.FOREGROUND));
            Markers.phases(plot, r, style);
            combined.add(plot);
        }
        JFreeChart chart = new JFreeChart(TITLE, style.titleFont(), combined, true);
        int most = r.scenario().mostClients();
        int shown = Math.min(MAX_CLIENTS, most);
        style.apply(chart, r.caption() + "; " + (shown < most ? "clients 0 to " + (shown - 1) + " of " + most
                : "every client") + "; by reply arrival; lines of equal clients lie inside one another");
        return new RunChart(ID, TITLE, Optional.of(chart), sentence(r));
    }

    /** Line widths falling from the first client to the last, so lines on top of one another stay visible. */
    static double widthAt1600(int client, int clients) {
        double step = clients <= 4 ? 3.5 : 1.5;
        return 2.5 + step * (clients - 1 - client);
    }

    /** The link's rate shared equally among {@code t}'s clients, in kbit/s; empty without a rate. */
    static Optional<Double> fairShareKbps(RunResults r, Transport t) {
        String rate = r.scenario().uplink().get("rate");
        if (rate == null || r.scenario().isConcurrent()) {
            // In a concurrent run the other transport takes its part too: no equal share to draw.
            return Optional.empty();
        }
        try {
            return Optional.of(DataRate.parse(rate).bitsPerSecond() / 1000.0 / r.scenario().traffic(t).clients());
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static ValueMarker fairShare(double kbps, ChartStyle style) {
        ValueMarker m = new ValueMarker(kbps, Color.BLACK, style.dashed(2));
        m.setLabel("fair share " + String.format(java.util.Locale.ROOT, "%.0f", kbps) + " kbit/s");
        m.setLabelFont(style.tickFont());
        m.setLabelPaint(Color.BLACK);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return m;
    }

    /** Per transport, the least and most a client got over the run ({@code clientGoodputBps}), against the fair share. */
    static String sentence(RunResults r) {
        StringBuilder s = new StringBuilder();
        for (Transport t : r.transports()) {
            List<Double> bps = r.summaries().get(t).clientShares().goodputBps();
            if (bps.isEmpty()) {
                continue;
            }
            double least = bps.stream().mapToDouble(Double::doubleValue).min().orElse(0) / 1000;
            double most = bps.stream().mapToDouble(Double::doubleValue).max().orElse(0) / 1000;
            s.append(String.format(java.util.Locale.ROOT, "%s: each client got between %.0f and %.0f kbit/s", t.name(),
                    least, most));
            fairShareKbps(r, t).ifPresent(f -> s.append(String.format(java.util.Locale.ROOT, " (fair share %.0f)", f)));
            s.append(". ");
        }
        return s.length() == 0 ? "This summary.json has no per-client rates (clientGoodputBps): it was written before"
                + " they were." : s.toString().trim();
    }
}
