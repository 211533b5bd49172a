package dev.netlab.reports.chart;

import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.MessageRow;
import dev.netlab.reports.results.RunResults;
import dev.netlab.reports.text.Numbers;
import java.util.Arrays;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code delivered-over-time}: how many replies had arrived by each moment, per transport, all
 * clients together. A flat stretch is a time nothing got through; TCP catches up after a stall,
 * UDP never does.
 */
final class DeliveredOverTimeChart {

    static final String ID = "delivered-over-time";
    static final String TITLE = "Messages delivered so far";

    private DeliveredOverTimeChart() {
    }

    static double[] arrivalTimes(RunResults r, Transport t) {
        double[] times = r.messagesOf(t).stream().filter(MessageRow::delivered).mapToDouble(MessageRow::arrivalMs)
                .toArray();
        Arrays.sort(times);
        return times;
    }

    /** One series per transport: (arrival time, count delivered by then), starting at (0, 0). */
    static XYSeriesCollection dataset(RunResults r) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Transport t : r.transports()) {
            XYSeries s = new XYSeries(t.name(), true, false);
            s.add(0, 0);
            double[] times = arrivalTimes(r, t);
            for (int i = 0; i < times.length; i++) {
                s.addOrUpdate(times[i], i + 1);
            }
            data.addSeries(s);
        }
        return data;
    }

    static RunChart of(RunResults r, ReportOptions options) {
        ChartStyle style = ChartStyle.of(options.size());
        NumberAxis x = new NumberAxis("time (ms since the transport's run started)");
        NumberAxis y = new NumberAxis("replies received so far (all clients)");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYStepRenderer renderer = new XYStepRenderer();
        for (int i = 0; i < r.transports().size(); i++) {
            Transport t = r.transports().get(i);
            renderer.setSeriesPaint(i, ChartStyle.colour(t));
            renderer.setSeriesStroke(i, style.line(t));
        }
        XYPlot plot = new XYPlot(dataset(r), x, y, renderer);
        Markers.phases(plot, r, style);
        JFreeChart chart = new JFreeChart(TITLE, style.titleFont(), plot, true);
        style.apply(chart, r.caption() + "; all " + r.scenario().clients() + " clients"
                + (r.scenario().phases().isEmpty() ? "" : "; shaded: scenario phases"));
        return new RunChart(ID, TITLE, Optional.of(chart), sentence(r));
    }

    static String sentence(RunResults r) {
        StringBuilder s = new StringBuilder();
        for (Transport t : r.transports()) {
            double[] times = arrivalTimes(r, t);
            double gap = 0;
            double at = 0;
            for (int i = 1; i < times.length; i++) {
                if (times[i] - times[i - 1] > gap) {
                    gap = times[i] - times[i - 1];
                    at = times[i - 1];
                }
            }
            s.append(t.name()).append(" received ").append(times.length).append(" replies");
            if (times.length > 1) {
                s.append(", the longest silence ").append(Numbers.ms(gap)).append(" from ").append(Numbers.ms(at));
            }
            s.append(". ");
        }
        return s.toString().trim();
    }
}
