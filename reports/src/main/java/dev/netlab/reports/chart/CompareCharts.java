package dev.netlab.reports.chart;

import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.MeasuredSummary;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.text.Numbers;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The overlay charts of {@code netlab compare}: two runs in one chart. {@code compare-delivery}
 * shows each run's delivered and on-time shares per transport as bars side by side (run A dark
 * grey, run B Okabe–Ito vermillion); {@code compare-rtt-cdf} overlays the round-trip-time
 * distributions of both runs, colour by transport as everywhere, run A solid and run B dotted and
 * paler.
 */
public final class CompareCharts {

    /** Run A's bars: dark grey, legible in grey-scale print against B's. */
    private static final Color RUN_A = new Color(0x33, 0x33, 0x33);
    /** Run B's bars: Okabe–Ito vermillion, apart from both transport colours. */
    private static final Color RUN_B = new Color(0xD5, 0x5E, 0x00);

    private CompareCharts() {
    }

    /**
     * Both charts.
     *
     * @param labelA run A's name in legends, for example {@code A}
     * @param caption the line under each title: which directory is A and which is B
     */
    public static List<RunChart> of(String labelA, RunResults a, String labelB, RunResults b, String caption,
            ReportOptions options) {
        return List.of(delivery(labelA, a, labelB, b, caption, options), rttCdf(labelA, a, labelB, b, caption, options));
    }

    private static List<Transport> transports(RunResults a, RunResults b) {
        Set<Transport> both = new LinkedHashSet<>(a.transports());
        both.addAll(b.transports());
        return new ArrayList<>(both);
    }

    static RunChart delivery(String labelA, RunResults a, String labelB, RunResults b, String caption, ReportOptions options) {
        ChartStyle style = ChartStyle.of(options.size());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        StringBuilder sentence = new StringBuilder("Delivered share of messages sent:");
        for (Transport t : transports(a, b)) {
            for (RunResults r : List.of(a, b)) {
                String run = r == a ? labelA : labelB;
                MeasuredSummary s = r.summaries().get(t);
                data.addValue(s == null ? null : s.deliveryRatio(), run, t.name() + " delivered");
                if (a.scenario().hasDeadline() || b.scenario().hasDeadline()) {
                    data.addValue(s == null ? null : s.onTimeRatio(), run, t.name() + " on time");
                }
                sentence.append(r == a ? " " : ", ").append(t.name()).append(' ').append(run).append(' ')
                        .append(s == null ? "did not run" : Numbers.percent(s.deliveryRatio())).append(r == a ? "" : ";");
            }
        }
        sentence.setLength(sentence.length() - 1);
        NumberAxis y = new NumberAxis("share of messages sent (%)");
        y.setRange(0, 1.08);
        y.setTickUnit(new NumberTickUnit(0.1));
        y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        bars.setSeriesPaint(0, RUN_A);
        bars.setSeriesPaint(1, RUN_B);
        NumberFormat label = NumberFormat.getPercentInstance(Locale.ROOT);
        label.setMinimumFractionDigits(1); // the table's precision, so chart and table read the same
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", label));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(style.legendFont());
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), y, bars);
        JFreeChart chart = new JFreeChart("Delivery, two runs", style.titleFont(), plot, true);
        style.apply(chart, caption);
        return new RunChart("compare-delivery", "Delivery, two runs", Optional.of(chart), sentence + ".");
    }

    static RunChart rttCdf(String labelA, RunResults a, String labelB, RunResults b, String caption, ReportOptions options) {
        ChartStyle style = ChartStyle.of(options.size());
        XYSeriesCollection data = new XYSeriesCollection();
        XYStepRenderer renderer = new XYStepRenderer();
        StringBuilder sentence = new StringBuilder("99th-percentile round trips:");
        for (RunResults r : List.of(a, b)) {
            String run = r == a ? labelA : labelB;
            for (Transport t : r.transports()) {
                double[] rtts = RttCdfChart.sortedRtts(r, t);
                XYSeries s = new XYSeries(run + " " + t.name(), true, false);
                for (int i = 0; i < rtts.length; i++) {
                    s.addOrUpdate(rtts[i], (i + 1.0) / rtts.length);
                }
                int index = data.getSeriesCount();
                data.addSeries(s);
                renderer.setSeriesPaint(index, r == a ? ChartStyle.colour(t) : ChartStyle.tint(ChartStyle.colour(t), 0.35));
                renderer.setSeriesStroke(index, r == a ? style.solid(4) : style.dotted(4));
                sentence.append(' ').append(run).append(' ').append(t.name()).append(' ')
                        .append(Numbers.ms(r.summaries().get(t).rttMs().p99())).append(',');
            }
        }
        sentence.setLength(sentence.length() - 1);
        NumberAxis x = new NumberAxis("round-trip time (ms)");
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis("replies with RTT at most x (%)");
        y.setRange(0, 1.02);
        y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        JFreeChart chart = new JFreeChart("Round-trip time distribution, two runs", style.titleFont(),
                new XYPlot(data, x, y, renderer), true);
        style.apply(chart, caption + "; lost messages have no RTT and are left out");
        return new RunChart("compare-rtt-cdf", "Round-trip time distribution, two runs", Optional.of(chart),
                sentence + ".");
    }
}
