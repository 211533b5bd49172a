package dev.netlab.reports.sweep;

import dev.netlab.core.result.ResultsLayout;
import dev.netlab.reports.LabReport;
import dev.netlab.reports.chart.ReportOptions;
import dev.netlab.reports.results.ResultsFormatException;
import dev.netlab.reports.results.ResultsReader;
import dev.netlab.reports.results.ScenarioInfo;
import dev.netlab.reports.results.SweepRow;
import dev.netlab.reports.text.LinkShare;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a sweep's report says beyond {@code sweep.csv}, read from the run directories inside the
 * sweep: the scenario's description, the settings that stayed the same in every run (why 0% uplink
 * loss is not 100% delivered when the downlink keeps its 3%), whether the profile is bulk, and a
 * link to each run's own report.
 *
 * @param description the scenario's description; empty when no run directory could be read
 * @param bulk        whether the profile is the bulk transfer, where goodput is a capacity
 * @param fixed       the settings equal in every run, for example {@code downlink.loss 3%}
 * @param runs        one link per run, in sweep.csv's order
 */
record SweepContext(String description, boolean bulk, List<String> fixed, List<RunLink> runs) {

    /**
     * A run of the sweep.
     *
     * @param valueLabel the swept value, for example {@code 5%}
     * @param repeat     0-based repeat
     * @param report     the run's report.html relative to the sweep directory, for example {@code 5pct-r1/report.html}
     * @param problem    empty when the report is there, else why not
     */
    record RunLink(String valueLabel, int repeat, String report, String problem) {
    }

    /**
     * Reads the run directories named after {@code sweep.csv}'s rows and draws the report of each
     * run that has none yet, so every link works.
     */
    static SweepContext gather(Path sweepDir, SweepResults sweep, ReportOptions options) throws IOException {
        List<ScenarioInfo> infos = new ArrayList<>();
        List<RunLink> links = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SweepRow row : sweep.rows()) {
            String dirName = SweepReport.runDirName(row.valueLabel(), row.repeat());
            if (!seen.add(dirName)) {
                continue;
            }
            Path dir = sweepDir.resolve(dirName);
            String problem = "";
            try {
                infos.add(ResultsReader.read(dir).scenario());
                if (!Files.exists(dir.resolve(ResultsLayout.REPORT_HTML))) {
                    LabReport.write(dir, options);
                }
            } catch (ResultsFormatException e) {
                problem = e.getMessage();
            }
            links.add(new RunLink(row.valueLabel(), row.repeat(), dirName + "/" + ResultsLayout.REPORT_HTML, problem));
        }
        String description = infos.isEmpty() ? "" : infos.get(0).description();
        return new SweepContext(description, !infos.isEmpty() && bulk(infos.get(0)), fixed(infos), links);
    }

    /** Whether the sweep's profile is bulk, from its first run's summary; false when it cannot be read. */
    static boolean bulk(Path sweepDir, SweepResults sweep) throws IOException {
        SweepRow first = sweep.rows().get(0);
        try {
            return bulk(ResultsReader.read(sweepDir.resolve(SweepReport.runDirName(first.valueLabel(), first.repeat())))
                    .scenario());
        } catch (ResultsFormatException e) {
            return false;
        }
    }

    /** Bulk ({@code file} or {@code bulk}) for every transport: a concurrent run's transports have their own profiles. */
    private static boolean bulk(ScenarioInfo info) {
        return info.isConcurrent() ? info.concurrent().values().stream().allMatch(t -> LinkShare.bulk(t.profile()))
                : LinkShare.bulk(info.profile());
    }

    /** The settings every run has with the same value, in the order of the first run. */
    static List<String> fixed(List<ScenarioInfo> infos) {
        List<Map<String, String>> settings = infos.stream().map(SweepContext::settings).toList();
        List<String> out = new ArrayList<>();
        if (settings.isEmpty()) {
            return out;
        }
        settings.get(0).forEach((key, value) -> {
            if (settings.stream().allMatch(s -> Objects.equals(s.get(key), value))) {
                out.add(key + " " + value);
            }
        });
        return out;
    }

    private static Map<String, String> settings(ScenarioInfo s) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("profile", s.profile());
        out.put("clients", String.valueOf(s.clients()));
        out.put("duration", String.format(Locale.ROOT, "%.0f ms", s.durationMs()));
        s.uplink().forEach((k, v) -> out.put("uplink." + k, v));
        s.downlink().forEach((k, v) -> out.put("downlink." + k, v));
        if (!s.phases().isEmpty()) {
            out.put("phases", s.phases().stream().map(p -> p.name()).toList().toString());
        }
        return out;
    }
}
