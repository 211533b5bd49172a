package dev.netlab.reports;

import java.util.List;

/** The charts of a run's report, in the order the report shows them. */
final class RunCharts {

    private RunCharts() {
    }

    static List<RunChart> all(RunResults r, ReportOptions options) {
        return List.of(
                DeliveryChart.of(r, options),
                RttCdfChart.of(r, options),
                SequenceChart.of(r, options),
                RttOverTimeChart.of(r, options),
                ReorderExtentChart.of(r, options),
                CwndChart.of(r, options),
                DeliveredOverTimeChart.of(r, options));
    }
}
