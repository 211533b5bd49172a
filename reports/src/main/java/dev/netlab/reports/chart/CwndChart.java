package dev.netlab.reports.chart;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.result.CwndPoint;
import dev.netlab.reports.results.RunResults;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code cwnd}: TCP's congestion window over time from cwnd.csv, client 0's connection, one line
 * per direction (uplink solid blue, downlink dashed sky blue). Absent when the run wrote no
 * cwnd.csv.
 */
final class CwndChart {

    static final String ID = "cwnd";
    static final String TITLE = "TCP congestion window over time";
    static final int CLIENT = 0;

    private CwndChart() {
    }

    /** One series per direction of client 0, keyed by the direction, in KiB. */
    static XYSeriesCollection dataset(RunResults r) {
        Map<Direction, XYSeries> byDirection = new LinkedHashMap<>();
        List<CwndPoint> points = r.cwnd().stream()
                .filter(p -> p.client() == CLIENT)
                .sorted(Comparator.comparing(CwndPoint::direction).thenComparingDouble(CwndPoint::timeMs))
                .collect(Collectors.toList());
        for (CwndPoint p : points) {
            byDirection.computeIfAbsent(p.direction(), d -> new XYSeries(d.label(), false, true))
                    .add(p.timeMs(), p.cwndBytes() / 1024.0);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        byDirection.values().forEach(data::addSeries);
        return data;
    }

    static RunChart of(RunResults r, ReportOptions options) {
        if (!r.cwndPresent() || r.cwnd().isEmpty()) {
            return new RunChart(ID, TITLE, Optional.empty(), "No congestion-window chart: this run wrote "
                    + (r.cwndPresent() ? "no TCP rows to cwnd.csv." : "no cwnd.csv (it is written only when TCP ran with the window traced)."));
        }
        ChartStyle style = ChartStyle.of(options.size());
        NumberAxis x = new NumberAxis("time (ms since the TCP run started)");
        NumberAxis y = new NumberAxis("congestion window (KiB)");
        y.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
        XYSeriesCollection data = dataset(r);
        XYStepRenderer renderer = new XYStepRenderer();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            boolean first = i == 0;
            renderer.setSeriesPaint(i, first ? ChartStyle.TCP : ChartStyle.SKY);
            renderer.setSeriesStroke(i, first ? style.solid(4) : style.dashed(4));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Markers.phases(plot, r, style);
        JFreeChart chart = new JFreeChart(TITLE, style.titleFont(), plot, true);
        style.apply(chart, r.caption() + "; client " + CLIENT + "'s TCP connection only"
                + (r.scenario().phases().isEmpty() ? "" : "; shaded: scenario phases"));
        return new RunChart(ID, TITLE, Optional.of(chart), sentence(data));
    }

    private static String sentence(XYSeriesCollection data) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            XYSeries series = data.getSeries(i);
            int cuts = 0;
            for (int k = 1; k < series.getItemCount(); k++) {
                if (series.getY(k).doubleValue() < series.getY(k - 1).doubleValue()) {
                    cuts++;
                }
            }
            s.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT,
                    "On the %s, client %d's window peaked at %.1f KiB and %s.", series.getKey(), CLIENT,
                    series.getMaxY(), cuts == 0 ? "was never cut" : cuts == 1 ? "was cut once" : "was cut " + cuts + " times"));
        }
        return s.toString();
    }
}
