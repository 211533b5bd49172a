package dev.netlab.reports.chart;

import dev.netlab.core.metrics.ReorderedPacket;
import dev.netlab.core.metrics.Reordering;
import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.text.Numbers;
import java.util.Optional;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * {@code reorder-extent}: how far out of place the reordered replies were — a histogram of RFC 4737
 * reordering extents (how many earlier-arriving replies had a larger sequence number), measured
 * per client with {@link Reordering} and summed.
 */
final class ReorderExtentChart {

    static final String ID = "reorder-extent";
    static final String TITLE = "How far out of order the replies arrived";

    private ReorderExtentChart() {
    }

    /** Count of reordered replies per extent, per transport: extent → count. */
    static TreeMap<Integer, Integer> histogram(RunResults r, Transport t) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (Reordering ro : ArrivalOrder.perClient(r, t).values()) {
            for (ReorderedPacket p : ro.reorderedPackets()) {
                counts.merge(p.extent(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Rows are transports, columns the extents 1 to the largest seen; empty when nothing was reordered. */
    static DefaultCategoryDataset dataset(RunResults r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int max = 0;
        for (Transport t : r.transports()) {
            TreeMap<Integer, Integer> h = histogram(r, t);
            max = Math.max(max, h.isEmpty() ? 0 : h.lastKey());
        }
        for (Transport t : r.transports()) {
            TreeMap<Integer, Integer> h = histogram(r, t);
            for (int e = 1; e <= max; e++) {
                data.addValue(h.getOrDefault(e, 0), t.name(), Integer.valueOf(e));
            }
        }
        return data;
    }

    static RunChart of(RunResults r, ReportOptions options) {
        ChartStyle style = ChartStyle.of(options.size());
        CategoryAxis x = new CategoryAxis("reordering extent (RFC 4737: earlier replies with a larger sequence number)");
        NumberAxis y = new NumberAxis("reordered replies (count)");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.2);
        for (int i = 0; i < r.transports().size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.colour(r.transports().get(i)));
        }
        CategoryPlot plot = new CategoryPlot(dataset(r), x, y, renderer);
        plot.setNoDataMessage("No reply was reordered in this run.");
        JFreeChart chart = new JFreeChart(TITLE, style.titleFont(), plot, true);
        style.apply(chart, r.caption() + "; all clients, each client's replies measured as one stream");
        return new RunChart(ID, TITLE, Optional.of(chart), sentence(r));
    }

    static String sentence(RunResults r) {
        StringBuilder s = new StringBuilder();
        for (Transport t : r.transports()) {
            TreeMap<Integer, Integer> h = histogram(r, t);
            int n = h.values().stream().mapToInt(Integer::intValue).sum();
            if (n == 0) {
                s.append(t.name()).append(" delivered every reply in order. ");
            } else {
                s.append(t.name()).append(" had ").append(Numbers.count(n, "reordered reply", "reordered replies"))
                        .append(", the farthest ").append(Numbers.count(h.lastKey(), "place"))
                        .append(" out of order. ");
            }
        }
        return s.toString().trim();
    }
}
