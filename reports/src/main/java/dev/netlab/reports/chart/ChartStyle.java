package dev.netlab.reports.chart;

import dev.netlab.core.scenario.Transport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every netlab chart shares, so that a chart stays legible printed at half a page: font
 * sizes in pixels at 1600×1000 scaled with the chart's size, colour-blind-safe Okabe–Ito colours
 * (UDP orange, TCP blue) backed up by shapes and dash patterns for grey-scale printing.
 */
public final class ChartStyle {

    static {
        Headless.ensure();
    }

    /** Okabe–Ito orange, UDP everywhere. */
    static final Color UDP = new Color(0xE6, 0x9F, 0x00);
    /** Okabe–Ito blue, TCP everywhere. */
    static final Color TCP = new Color(0x00, 0x72, 0xB2);
    /** Okabe–Ito reddish purple: a reordered message. */
    static final Color REORDERED = new Color(0xCC, 0x79, 0xA7);
    /** Okabe–Ito sky blue: TCP's second direction. */
    static final Color SKY = new Color(0x56, 0xB4, 0xE9);
    /** Neutral grey: lost messages. */
    static final Color LOST = new Color(0x80, 0x80, 0x80);
    /** Phase shading behind the data. */
    static final Color PHASE = new Color(0, 0, 0, 28);
    private static final Color GRID = new Color(0xC8, 0xC8, 0xC8);

    private final double scale;

    private ChartStyle(ChartSize size) {
        // Sizes below are for 1600×1000; the smaller side decides, so nothing overflows.
        this.scale = Math.min(size.widthPixels() / 1600.0, size.heightPixels() / 1000.0);
    }

    /** The style for charts of this size. */
    public static ChartStyle of(ChartSize size) {
        return new ChartStyle(size);
    }

    /** A size in pixels at 1600×1000, scaled to this chart. */
    float px(double pixelsAt1600) {
        return (float) (pixelsAt1600 * scale);
    }

    /** The font of a chart's title. */
    public Font titleFont() {
        return font(Font.BOLD, 36);
    }

    Font captionFont() {
        return font(Font.PLAIN, 24);
    }

    Font axisLabelFont() {
        return font(Font.PLAIN, 27);
    }

    Font tickFont() {
        return font(Font.PLAIN, 22);
    }

    Font legendFont() {
        return font(Font.PLAIN, 24);
    }

    Font annotationFont() {
        return font(Font.BOLD, 24);
    }

    private Font font(int style, double pixelsAt1600) {
        return new Font(Font.SANS_SERIF, style, Math.max(9, Math.round(px(pixelsAt1600))));
    }

    /** The transport's colour: UDP orange, TCP blue. */
    public static Color colour(Transport t) {
        return t == Transport.UDP ? UDP : TCP;
    }

    /** The same colour mixed with white: {@code amount} 0 is the colour, 1 is white. */
    static Color tint(Color c, double amount) {
        return new Color(mix(c.getRed(), amount), mix(c.getGreen(), amount), mix(c.getBlue(), amount));
    }

    private static int mix(int channel, double amount) {
        return (int) Math.round(channel + (255 - channel) * amount);
    }

    /** UDP a circle, TCP a square: told apart without colour. */
    public Shape shape(Transport t) {
        double d = px(13);
        return t == Transport.UDP ? new Ellipse2D.Double(-d / 2, -d / 2, d, d)
                : new Rectangle2D.Double(-d / 2, -d / 2, d, d);
    }

    /** UDP dashed, TCP solid: told apart without colour. */
    public Stroke line(Transport t) {
        return t == Transport.UDP ? dashed(4) : solid(4);
    }

    Stroke solid(double widthAt1600) {
        return new BasicStroke(px(widthAt1600), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }

    /** Short dashes, apart from UDP's long ones: the second run of a comparison. */
    Stroke dotted(double widthAt1600) {
        return new BasicStroke(px(widthAt1600), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[] {px(3), px(9)}, 0f);
    }

    Stroke dashed(double widthAt1600) {
        return new BasicStroke(px(widthAt1600), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {px(18), px(10)}, 0f);
    }

    /**
     * Fonts, colours and caption for a finished chart.
     *
     * @param caption the line under the title: scenario, seed and anything the reader must know
     */
    public JFreeChart apply(JFreeChart chart, String caption) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(px(16), px(16), px(16), px(24)));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(titleFont());
            chart.getTitle().setPaint(Color.BLACK);
        }
        TextTitle sub = new TextTitle(caption, captionFont());
        sub.setPaint(new Color(0x33, 0x33, 0x33));
        sub.setPadding(new RectangleInsets(px(4), 0, px(8), 0));
        chart.addSubtitle(0, sub);
        List<?> subtitles = chart.getSubtitles(); // JFreeChart returns a raw List
        for (Object t : subtitles) {
            if (t instanceof LegendTitle legend) {
                legend.setItemFont(legendFont());
                legend.setPosition(RectangleEdge.BOTTOM);
                legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
                legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
                legend.setItemLabelPadding(new RectangleInsets(px(4), px(6), px(4), px(22)));
            }
        }
        style(chart.getPlot());
        return chart;
    }

    private void style(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        plot.setNoDataMessageFont(annotationFont());
        if (plot instanceof CombinedDomainXYPlot combined) {
            axis(combined.getDomainAxis());
            for (XYPlot sub : combined.getSubplots()) {
                style(sub);
            }
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(solid(1));
            xy.setRangeGridlineStroke(solid(1));
        } else if (plot instanceof CategoryPlot cat) {
            axis(cat.getDomainAxis());
            axis(cat.getRangeAxis());
            cat.setRangeGridlinePaint(GRID);
            cat.setRangeGridlineStroke(solid(1));
        }
    }

    private void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(axisLabelFont());
        axis.setTickLabelFont(tickFont());
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setLabelInsets(new RectangleInsets(px(8), px(8), px(8), px(8)));
        axis.setTickMarkOutsideLength(px(6));
    }
}
