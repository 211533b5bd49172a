package dev.netlab.reports.chart;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Stevens-style picture of one transfer: every datagram the sender put through the relay, its
 * time against its number, coloured and shaped by its fate (delivered, duplicated, reordered,
 * corrupted, dropped by a rule or by a loss model), and below it the receiver's datagrams (the ACKs)
 * on the same time axis. A retransmission shows as the line of points
 * climbing again after a gap in time; a drop as a cross where the line stalls.
 */
public final class DatagramFateChart {

    static {
        Headless.ensure();
    }

    /** Okabe–Ito vermillion: dropped by a targeted rule. */
    private static final Color RULE_DROP = new Color(0xD5, 0x5E, 0x00);
    /** Okabe–Ito bluish green: duplicated. */
    private static final Color DUPLICATE = new Color(0x00, 0x9E, 0x73);
    /** Black: a drop by a loss model; grey would vanish among the delivered points. */
    private static final Color MODEL_DROP = Color.BLACK;

    /**
     * One datagram.
     *
     * @param timeMs when it reached the relay, ms since the relay started
     * @param number its number in the sender's order, from 1
     * @param fate   {@code delivered}, {@code duplicated}, {@code reordered}, {@code corrupted} or
     *               {@code dropped: REASON}; others are drawn too, in grey
     */
    public record Point(double timeMs, long number, String fate) {
        /** Checks the fate is given. */
        public Point {
            Objects.requireNonNull(fate, "fate");
        }
    }

    private DatagramFateChart() {
    }

    /**
     * Draws the chart as PNG bytes: the sender's datagrams above, the receiver's (the ACKs) below
     * on the same time axis.
     *
     * @param title   the chart's title, for example the case's name
     * @param caption the line under the title: what was configured and what came of it
     */
    public static byte[] png(List<Point> sender, List<Point> receiver, String title, String caption, ChartSize size)
            throws IOException {
        return ChartImages.render(chart(sender, receiver, title, caption, size),
                new ReportOptions(size, ImageFormat.PNG, false));
    }

    static JFreeChart chart(List<Point> sender, List<Point> receiver, String title, String caption, ChartSize size) {
        ChartStyle style = ChartStyle.of(size);
        NumberAxis x = new NumberAxis("time the datagram reached the relay (ms since the relay started)");
        x.setAutoRangeIncludesZero(false); // the programs take a while to start: show the transfer, not the wait
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(style.px(24));
        Set<String> inLegend = new HashSet<>();
        combined.add(panel(sender, "sender's datagram number", style, inLegend), 3);
        combined.add(panel(receiver, "receiver's (ACKs)", style, inLegend), 1);
        JFreeChart chart = new JFreeChart(title, style.titleFont(), combined, true);
        return style.apply(chart, caption);
    }

    /** One direction's datagrams, a series per fate; a fate already in the legend is not listed again. */
    static XYPlot panel(List<Point> points, String label, ChartStyle style, Set<String> inLegend) {
        Map<String, XYSeries> byFate = new LinkedHashMap<>();
        for (String fate : List.of("delivered", "duplicated", "reordered", "corrupted")) {
            byFate.put(fate, new XYSeries(fate, false, true));
        }
        for (Point p : points) {
            byFate.computeIfAbsent(p.fate(), f -> new XYSeries(f, false, true)).add(p.timeMs(), p.number());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (XYSeries series : byFate.values()) {
            if (series.getItemCount() == 0) {
                continue;
            }
            String fate = series.getKey().toString();
            int i = data.getSeriesCount();
            data.addSeries(series);
            renderer.setSeriesPaint(i, colour(fate));
            renderer.setSeriesShape(i, shape(fate, style));
            renderer.setSeriesVisibleInLegend(i, inLegend.add(fate));
        }
        NumberAxis y = new NumberAxis(label);
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, null, y, renderer);
        plot.setNoDataMessage("no datagrams through the relay");
        return plot;
    }

    private static Color colour(String fate) {
        if (fate.startsWith("dropped: rule")) {
            return RULE_DROP;
        }
        if (fate.startsWith("dropped")) {
            return MODEL_DROP;
        }
        return switch (fate) {
            case "delivered" -> ChartStyle.TCP;
            case "duplicated" -> DUPLICATE;
            case "reordered" -> ChartStyle.UDP;
            case "corrupted" -> ChartStyle.REORDERED;
            default -> ChartStyle.LOST;
        };
    }

    private static Shape shape(String fate, ChartStyle style) {
        double d = style.px(fate.startsWith("dropped") ? 24 : 12);
        if (fate.startsWith("dropped")) {
            return ShapeUtils.createDiagonalCross((float) d / 2, style.px(2.5));
        }
        return switch (fate) {
            case "duplicated" -> ShapeUtils.createDiamond((float) d * 0.7f);
            case "reordered" -> ShapeUtils.createUpTriangle((float) d * 0.7f);
            case "corrupted" -> ShapeUtils.createDownTriangle((float) d * 0.7f);
            default -> new Ellipse2D.Double(-d / 2, -d / 2, d, d);
        };
    }
}
