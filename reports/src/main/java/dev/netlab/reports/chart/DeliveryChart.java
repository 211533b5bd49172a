package dev.netlab.reports.chart;

import dev.netlab.core.metrics.WilsonInterval;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.theory.TheoryCheck;
import dev.netlab.reports.results.MeasuredSummary;
import dev.netlab.reports.results.MessageRow;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.text.Numbers;
import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.CategoryTableXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * {@code delivery}: what became of the messages each transport sent, as shares of sent stacked to
 * 100% — delivered on time, delivered late, lost — with the 95% interval of the delivered share
 * (summary.json's, widened for bursty losses) as a whisker. Bars take the transport's colour (late a paler shade), lost is grey.
 */
final class DeliveryChart {

    static final String ID = "delivery";
    static final String TITLE = "What became of the messages sent";
    static final String ON_TIME = "delivered on time";
    static final String DELIVERED = "delivered";
    static final String LATE = "delivered late";
    static final String LOST = "lost";

    private DeliveryChart() {
    }

    /** Messages sent, delivered and late per transport, counted from messages.csv. */
    record Counts(Transport transport, long sent, long delivered, long late) {

        static Counts of(RunResults r, Transport t) {
            List<MessageRow> rows = r.messagesOf(t);
            long delivered = rows.stream().filter(MessageRow::delivered).count();
            long late = rows.stream().filter(m -> m.delivered() && m.timeliness() == MessageRow.Timeliness.LATE).count();
            return new Counts(t, rows.size(), delivered, late);
        }

        double share(long count) {
            return sent == 0 ? 0 : (double) count / sent;
        }

        WilsonInterval ci() {
            return WilsonInterval.of(delivered, sent);
        }
    }

    /** The stacked shares: x is the transport's position, series are the outcomes. */
    static CategoryTableXYDataset bars(RunResults r) {
        boolean deadline = r.scenario().hasDeadline();
        CategoryTableXYDataset data = new CategoryTableXYDataset();
        List<Transport> ts = r.transports();
        for (int i = 0; i < ts.size(); i++) {
            Counts c = Counts.of(r, ts.get(i));
            data.add(i, c.share(c.delivered() - c.late()), deadline ? ON_TIME : DELIVERED);
            if (deadline) {
                data.add(i, c.share(c.late()), LATE);
            }
            data.add(i, c.share(c.sent() - c.delivered()), LOST);
        }
        return data;
    }

    /**
     * The delivered share of each transport with the 95% interval summary.json gives it (a Wilson
     * interval widened for bursty losses; see docs/results.md), or the plain Wilson interval when
     * the summary has none.
     */
    static YIntervalSeriesCollection whiskers(RunResults r) {
        YIntervalSeries s = new YIntervalSeries("delivered, 95% interval");
        List<Transport> ts = r.transports();
        for (int i = 0; i < ts.size(); i++) {
            Counts c = Counts.of(r, ts.get(i));
            double[] ci = interval(r, c);
            s.add(i, c.share(c.delivered()), ci[0], ci[1]);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(s);
        return data;
    }

    /** The summary's interval of the delivered share, or the plain Wilson interval without one. */
    static double[] interval(RunResults r, Counts c) {
        MeasuredSummary m = r.summaries().get(c.transport());
        if (m != null && !Double.isNaN(m.deliveryCi95Low()) && !Double.isNaN(m.deliveryCi95High())) {
            return new double[] {m.deliveryCi95Low(), m.deliveryCi95High()};
        }
        WilsonInterval plain = c.ci();
        return new double[] {plain.low(), plain.high()};
    }

    static RunChart of(RunResults r, ReportOptions options) {
        ChartStyle style = ChartStyle.of(options.size());
        List<Transport> ts = r.transports();
        NumberAxis y = new NumberAxis("share of messages sent (%)");
        y.setRange(0, 1.0);
        y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        CategoryTableXYDataset bars = bars(r);
        XYPlot plot = new XYPlot(whiskers(r), transportAxis(r), y, whiskerRenderer(style));
        plot.setDataset(1, bars);
        plot.setRenderer(1, barRenderer(bars, ts, style));
        plot.setDomainGridlinesVisible(false);
        boolean deadline = r.scenario().hasDeadline();
        plot.setFixedLegendItems(legend(ts, deadline, style));
        labelDelivered(plot, r, style);
        JFreeChart chart = new JFreeChart(TITLE, style.titleFont(), plot, true);
        style.apply(chart, r.caption() + "; " + r.scenario().clientWords() + (deadline ? "; late = reply after "
                + (r.scenario().deadlineOwner().isEmpty() ? "the " : r.scenario().deadlineOwner())
                + Numbers.ms(r.scenario().deadlineMs()) + " deadline" : ""));
        return new RunChart(ID, TITLE, java.util.Optional.of(chart), sentence(r));
    }

    /** One position per transport, named with what it sent. */
    private static SymbolAxis transportAxis(RunResults r) {
        List<Transport> ts = r.transports();
        String[] names = ts.stream().map(t -> t.name() + " (" + Counts.of(r, t).sent() + " sent)").toArray(String[]::new);
        SymbolAxis x = new SymbolAxis("transport", names);
        x.setRange(-0.5, ts.size() - 0.5);
        x.setGridBandsVisible(false);
        return x;
    }

    /** Stacked bars in the transport's colour, late ones tinted, lost ones grey. */
    private static StackedXYBarRenderer barRenderer(CategoryTableXYDataset bars, List<Transport> ts, ChartStyle style) {
        StackedXYBarRenderer barRenderer = new StackedXYBarRenderer(0.45) {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int series, int item) {
                String key = String.valueOf(bars.getSeriesKey(series));
                Color c = ChartStyle.colour(ts.get(item));
                return key.equals(LOST) ? ChartStyle.LOST : key.equals(LATE) ? ChartStyle.tint(c, 0.55) : c;
            }
        };
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(true);
        barRenderer.setDefaultOutlinePaint(Color.WHITE);
        barRenderer.setDefaultOutlineStroke(style.solid(2));
        return barRenderer;
    }

    private static XYErrorRenderer whiskerRenderer(ChartStyle style) {
        XYErrorRenderer whisker = new XYErrorRenderer();
        whisker.setDefaultLinesVisible(false);
        whisker.setDefaultShapesVisible(false);
        whisker.setDrawXError(false);
        whisker.setErrorPaint(Color.BLACK);
        whisker.setErrorStroke(style.solid(4));
        whisker.setCapLength(style.px(40));
        return whisker;
    }

    private static LegendItemCollection legend(List<Transport> ts, boolean deadline, ChartStyle style) {
        LegendItemCollection legend = new LegendItemCollection();
        for (Transport t : ts) {
            legend.add(new LegendItem(t.name() + " " + (deadline ? ON_TIME : DELIVERED), ChartStyle.colour(t)));
            if (deadline) {
                legend.add(new LegendItem(t.name() + " " + LATE, ChartStyle.tint(ChartStyle.colour(t), 0.55)));
            }
        }
        legend.add(new LegendItem(LOST, ChartStyle.LOST));
        LegendItem ci = new LegendItem("whisker: 95% interval of delivered", Color.BLACK);
        ci.setShape(new java.awt.Rectangle(0, 0, Math.round(style.px(4)), Math.round(style.px(20))));
        legend.add(ci);
        return legend;
    }

    /** "96.0% delivered" inside each transport's bar, below its whisker. */
    private static void labelDelivered(XYPlot plot, RunResults r, ChartStyle style) {
        List<Transport> ts = r.transports();
        for (int i = 0; i < ts.size(); i++) {
            Counts c = Counts.of(r, ts.get(i));
            XYTextAnnotation label = new XYTextAnnotation(Numbers.percent(c.share(c.delivered())) + " delivered",
                    i, Math.min(c.share(c.delivered()), c.ci().low()) / 2);
            label.setFont(style.annotationFont());
            label.setPaint(ts.get(i) == Transport.TCP ? Color.WHITE : Color.BLACK);
            label.setTextAnchor(TextAnchor.CENTER);
            label.setBackgroundPaint(null);
            plot.addAnnotation(label);
        }
    }

    static String sentence(RunResults r) {
        StringBuilder s = new StringBuilder();
        for (Transport t : r.transports()) {
            Counts c = Counts.of(r, t);
            if (s.length() > 0) {
                s.append(' ');
            }
            MeasuredSummary m = r.summaries().get(t);
            if (c.delivered() == c.sent()) {
                s.append(t.name()).append(" delivered all ").append(Numbers.count(c.sent(), "message"));
                if (m != null && m.retransmissions().isPresent() && m.retransmissions().getAsLong() > 0) {
                    s.append(", at the cost of ").append(Numbers.count(m.retransmissions().getAsLong(), "retransmission"));
                }
                if (m != null && m.timing().inFlight() > 0) {
                    // "All" is of the messages whose fate is known: a bulk sender leaves many in its buffers at the end.
                    s.append("; ").append(Numbers.count(m.timing().inFlight(), "more message"))
                            .append(m.timing().inFlight() == 1 ? " was still on its way" : " were still on their way")
                            .append(" when the run ended");
                }
            } else {
                double[] ci = interval(r, c);
                TheoryCheck check = new TheoryCheck(t.name(), 1 - r.scenario().expected().roundTripLossRate(), ci[0], ci[1]);
                s.append(t.name()).append(" delivered ").append(check.percent(c.share(c.delivered())))
                        .append(" (95% interval ").append(check.percent(ci[0]).replace("%", "")).append('–')
                        .append(check.percent(ci[1])).append(") of ").append(Numbers.count(c.sent(), "message"));
            }
            if (c.late() > 0) {
                s.append("; ").append(Numbers.count(c.late(), "delivered message")).append(c.late() == 1 ? " was" : " were")
                        .append(" late (after the deadline)");
            }
            s.append('.');
            if (t == Transport.UDP) {
                s.append(theory(r, c));
            }
        }
        return s.toString();
    }

    /** Whether UDP's interval holds the share the scenario's theory expects, said plainly; empty without a theory. */
    static String theory(RunResults r, Counts c) {
        if (r.scenario().udpSharesQueueWithTcp() && c.sent() > 0) {
            return " No theory to compare with: UDP shared the link's queue with TCP, and how the two split it has no"
                    + " closed form (docs/impairments.md).";
        }
        double expected = 1 - r.scenario().expected().roundTripLossRate();
        if (Double.isNaN(expected) || c.sent() == 0) {
            return "";
        }
        double[] ci = interval(r, c);
        return " " + new TheoryCheck("UDP", expected, ci[0], ci[1]).sentence();
    }
}
