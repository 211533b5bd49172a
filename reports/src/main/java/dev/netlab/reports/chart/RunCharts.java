package dev.netlab.reports.chart;

import dev.netlab.reports.results.RunResults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The charts of a run's report, in the order the report shows them. */
public final class RunCharts {

    private RunCharts() {
    }

    /** Every chart of the run, drawn or explained; {@code link-share} only for a concurrent run. */
    public static List<RunChart> all(RunResults r, ReportOptions options) {
        List<RunChart> charts = new ArrayList<>(List.of(DeliveryChart.of(r, options)));
        if (r.scenario().isConcurrent()) {
            // The run's point (one link, both transports at once) first; a run in turn has no such chart.
            charts.add(LinkShareChart.of(r, options));
        }
        charts.addAll(List.of(
                RttCdfChart.of(r, options),
                SequenceChart.of(r, options),
                RttOverTimeChart.of(r, options),
                ReorderExtentChart.of(r, options),
                CwndChart.of(r, options),
                DeliveredOverTimeChart.of(r, options),
                ClientThroughputChart.of(r, options)));
        return charts;
    }

    /** Every chart of the run, and those drawn from its other files in {@code resultsDir}: the rate queue's. */
    public static List<RunChart> all(RunResults r, ReportOptions options, Path resultsDir) {
        List<RunChart> charts = new ArrayList<>(all(r, options));
        charts.add(QueueChart.of(r, resultsDir, options));
        return charts;
    }
}
