package dev.netlab.core.result;

/**
 * The names of the files in a results directory ({@code netlab run}) and a sweep directory
 * ({@code netlab sweep}), defined once for the runner that writes them and the reporter that reads
 * them (docs/results.md). The CSV files, with their columns, are {@link ResultsCsv}.
 */
public final class ResultsLayout {

    /** The scenario as run, seed included, in the scenario file format. */
    public static final String SCENARIO_YAML = "scenario.yaml";
    /** The scenario's settings, theory and each transport's measured summary. */
    public static final String SUMMARY_JSON = "summary.json";
    /** A sweep's means, minima and maxima over repeats per value and transport. */
    public static final String SWEEP_JSON = "sweep.json";
    /** The self-contained HTML report. */
    public static final String REPORT_HTML = "report.html";
    /** The Markdown report, linking the chart files next to it. */
    public static final String REPORT_MD = "report.md";

    private ResultsLayout() {
    }

    /** A chart's file name: its id and the image format's extension, for example {@code rtt-cdf.png}. */
    public static String chartFile(String chartId, String extension) {
        return chartId + "." + extension;
    }
}
