package dev.netlab.reports.sweep;

import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.chart.ChartStyle;
import dev.netlab.reports.chart.ReportOptions;
import dev.netlab.reports.chart.RunChart;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One measure of a sweep against the swept value: per transport, the mean over repeats as a line
 * with shapes, and the min–max over repeats as a pale band.
 */
final class SweepChart {

    private SweepChart() {
    }

    /** One series per transport, keyed by its name: (value, mean, min, max). */
    static YIntervalSeriesCollection dataset(SweepResults s, SweepMetric metric) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Transport t : s.transports()) {
            YIntervalSeries series = new YIntervalSeries(t.name(), true, false);
            for (SweepPoint p : s.points(t, metric)) {
                if (p.repeats() > 0) {
                    series.add(p.value(), p.mean(), p.min(), p.max());
                }
            }
            data.addSeries(series);
        }
        return data;
    }

    /** The unit the values were written in, for example {@code %} of {@code 5%}; "swept value" when bare. */
    static String unit(SweepResults s) {
        String label = s.rows().isEmpty() ? "" : s.rows().get(0).valueLabel().replaceFirst("^\\s*-?[0-9.]+\\s*", "");
        return label.isEmpty() ? "swept value" : label;
    }

    static RunChart of(SweepResults s, SweepMetric metric, ReportOptions options) {
        ChartStyle style = ChartStyle.of(options.size());
        NumberAxis x = new NumberAxis(s.parameter() + " (" + unit(s) + ")");
        x.setAutoRangeIncludesZero(false);
        // The swept value is the number as written in the label's unit (5 for 5%), which the axis names.
        NumberAxis y = new NumberAxis(metric.axisLabel);
        if (metric.ratio) {
            y.setRange(0, 1.02);
            y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        }
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.2f);
        List<Transport> ts = s.transports();
        for (int i = 0; i < ts.size(); i++) {
            Transport t = ts.get(i);
            Color c = ChartStyle.colour(t);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, style.line(t));
            renderer.setSeriesShape(i, style.shape(t));
        }
        XYPlot plot = new XYPlot(dataset(s, metric), x, y, renderer);
        String title = metric.title + " as " + s.parameter() + " varies";
        JFreeChart chart = new JFreeChart(title, style.titleFont(), plot, true);
        List<Long> seeds = s.seeds();
        style.apply(chart, "sweep of " + s.parameter() + "; " + (s.repeatsPerValue() == 1 ? "one run per value"
                : "line: mean of " + s.repeatsPerValue() + " repeats, band: min–max") + "; seeds " + seeds.get(0)
                + (seeds.size() > 1 ? "–" + seeds.get(seeds.size() - 1) : ""));
        return new RunChart(metric.id, title, java.util.Optional.of(chart), sentence(s, metric));
    }

    /**
     * Per transport, the measure at the first and the last swept value: the mean over repeats and,
     * when there was more than one repeat, their range. For goodput, a caveat: it measures what the
     * path can carry only for the bulk profile ({@code file}).
     */
    static String sentence(SweepResults s, SweepMetric metric) {
        StringBuilder b = new StringBuilder();
        for (Transport t : s.transports()) {
            List<SweepPoint> points = s.points(t, metric).stream().filter(p -> p.repeats() > 0).toList();
            if (points.isEmpty()) {
                b.append(t.name()).append(": not measured. ");
                continue;
            }
            SweepPoint first = points.get(0);
            SweepPoint last = points.get(points.size() - 1);
            boolean single = last.repeats() == 1 && first.repeats() == 1;
            b.append(String.format(Locale.ROOT, "%s's %s went from %s at %s = %s to %s at %s",
                    t.name(), (single ? "" : "mean ") + metric.title.toLowerCase(Locale.ROOT), metric.format(first.mean()),
                    s.parameter(), first.valueLabel(), metric.format(last.mean()), last.valueLabel()));
            if (last.repeats() > 1) {
                b.append(String.format(Locale.ROOT, " (range over %d repeats there %s–%s)", last.repeats(),
                        metric.format(last.min()), metric.format(last.max())));
            }
            b.append(". ");
        }
        if (metric == SweepMetric.DELIVERED_RATE) {
            b.append(GOODPUT_CAVEAT);
        }
        return b.toString().trim();
    }

    /** Why a fixed-rate profile's delivered rate is not a capacity (docs/results.md, goodput). */
    static final String GOODPUT_CAVEAT = "This is a fixed-rate profile: the delivered rate (goodput) is at most the"
            + " offered rate, about the offered rate times the delivery ratio, so a change of a few percent (TCP's rise"
            + " included) is not a change of capacity; only the bulk profile (file) measures what the path can carry."
            + " Read the delivery ratio instead.";
}
