package dev.netlab.reports.chart;

import dev.netlab.core.metrics.ReorderedPacket;
import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.MessageRow;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.text.Numbers;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code sequence-vs-arrival}: client 0's sequence numbers against the time their replies arrived,
 * one panel per transport on a shared time axis. A loss leaves a gap (and a grey × at its send time),
 * a reordered reply a purple triangle under the "highest so far" line.
 */
final class SequenceChart {

    static final String ID = "sequence-vs-arrival";
    static final String TITLE = "Sequence number against arrival time";
    static final int CLIENT = 0;

    private SequenceChart() {
    }

    /**
     * Series for one transport, keyed "T in order", "T reordered", "T lost (at send time)",
     * "T highest so far".
     */
    static XYSeriesCollection dataset(RunResults r, Transport t) {
        List<MessageRow> arrivals = ArrivalOrder.of(r, t, CLIENT);
        Set<Long> reordered = ArrivalOrder.reordering(arrivals).reorderedPackets().stream()
                .map(ReorderedPacket::seq).collect(Collectors.toSet());
        XYSeries inOrder = new XYSeries(t.name() + " in order", false, true);
        XYSeries late = new XYSeries(t.name() + " reordered", false, true);
        XYSeries lost = new XYSeries(t.name() + " lost (at send time)", false, true);
        XYSeries highest = new XYSeries(t.name() + " highest so far", false, true);
        long max = Long.MIN_VALUE;
        for (MessageRow m : arrivals) {
            (reordered.contains(m.seq()) ? late : inOrder).add(m.arrivalMs(), m.seq());
            if (m.seq() > max) {
                if (max != Long.MIN_VALUE) {
                    highest.add(m.arrivalMs(), max);
                }
                max = m.seq();
                highest.add(m.arrivalMs(), max);
            }
        }
        for (MessageRow m : r.messagesOf(t)) {
            if (m.client() == CLIENT && !m.delivered()) {
                lost.add(m.sentMs(), m.seq());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(inOrder);
        data.addSeries(late);
        data.addSeries(lost);
        data.addSeries(highest);
        return data;
    }

    static RunChart of(RunResults r, ReportOptions options) {
        ChartStyle style = ChartStyle.of(options.size());
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(
                new NumberAxis("arrival time of the reply (ms since the transport's run started)"));
        combined.setGap(style.px(24));
        for (Transport t : r.transports()) {
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
            Color c = ChartStyle.colour(t);
            renderer.setSeriesPaint(0, c);
            renderer.setSeriesShape(0, style.shape(t));
            double d = style.px(22);
            renderer.setSeriesPaint(1, ChartStyle.REORDERED);
            renderer.setSeriesShape(1, ShapeUtils.createDownTriangle((float) d / 2));
            renderer.setSeriesPaint(2, ChartStyle.LOST);
            renderer.setSeriesShape(2, ShapeUtils.createDiagonalCross((float) d / 2, style.px(2)));
            renderer.setSeriesPaint(3, c);
            renderer.setSeriesLinesVisible(3, true);
            renderer.setSeriesShapesVisible(3, false);
            renderer.setSeriesStroke(3, style.solid(1.5));
            renderer.setSeriesShape(3, new Rectangle2D.Double(-d / 2, -1, d, 2));
            NumberAxis y = new NumberAxis(t.name() + ": sequence number");
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            y.setAutoRangeIncludesZero(true);
            XYSeriesCollection data = dataset(r, t);
            for (int i = 0; i < data.getSeriesCount(); i++) {
                // "TCP reordered" with nothing in it would only crowd the legend.
                renderer.setSeriesVisibleInLegend(i, data.getSeries(i).getItemCount() > 0);
            }
            renderer.setLegendLine(new java.awt.geom.Line2D.Double(-d, 0, d, 0));
            combined.add(new XYPlot(data, null, y, renderer), 1);
        }
        JFreeChart chart = new JFreeChart(TITLE, style.titleFont(), combined, true);
        style.apply(chart, r.caption() + "; client " + CLIENT + " of " + (r.scenario().isConcurrent()
                ? "each transport" : r.scenario().clients()) + " only; a gap is a run of lost messages, a point under the line a reordered reply");
        return new RunChart(ID, TITLE, Optional.of(chart), sentence(r));
    }

    /**
     * Per transport, for client 0: the messages lost, the gaps they left (a gap is a run of
     * consecutive sequence numbers lost, so one outage is one gap however long) and the replies
     * out of order.
     */
    static String sentence(RunResults r) {
        StringBuilder s = new StringBuilder("For client " + CLIENT + ": ");
        int i = 0;
        for (Transport t : r.transports()) {
            List<MessageRow> arrivals = ArrivalOrder.of(r, t, CLIENT);
            long[] lostAndGaps = lostAndGaps(r, t);
            int reordered = ArrivalOrder.reordering(arrivals).reordered();
            s.append(i++ == 0 ? "" : "; ").append(t.name()).append(' ')
                    .append(lostAndGaps[0] == 0 ? "lost nothing" : "lost " + Numbers.count(lostAndGaps[0], "message")
                            + " in " + Numbers.count(lostAndGaps[1], "gap"))
                    .append(" and ").append(reordered == 0 ? "kept every reply in order"
                            : "delivered " + Numbers.count(reordered, "reply", "replies") + " out of order");
        }
        return s.append('.').toString();
    }

    /** Client 0's lost messages and the runs of consecutive sequence numbers they form. */
    static long[] lostAndGaps(RunResults r, Transport t) {
        long[] lostSeqs = r.messagesOf(t).stream().filter(m -> m.client() == CLIENT && !m.delivered())
                .mapToLong(MessageRow::seq).sorted().toArray();
        long gaps = 0;
        for (int k = 0; k < lostSeqs.length; k++) {
            if (k == 0 || lostSeqs[k] != lostSeqs[k - 1] + 1) {
                gaps++;
            }
        }
        return new long[] {lostSeqs.length, gaps};
    }
}
