package dev.netlab.reports.sweep;

import dev.netlab.core.scenario.Transport;
import dev.netlab.reports.results.ResultsFormatException;
import dev.netlab.reports.results.SweepCsv;
import dev.netlab.reports.results.SweepRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A sweep read from {@code sweep.csv} (docs/results.md), and its rows gathered per transport and
 * swept value.
 *
 * @param parameter the swept setting
 * @param rows      every row, in file order
 */
record SweepResults(String parameter, List<SweepRow> rows) {

    SweepResults {
        rows = List.copyOf(rows);
    }

    static SweepResults read(Path sweepDir) throws IOException {
        List<SweepRow> rows = SweepCsv.read(sweepDir);
        if (rows.isEmpty()) {
            throw new ResultsFormatException("sweep.csv has a header but no rows");
        }
        List<String> parameters = rows.stream().map(SweepRow::parameter).distinct().collect(Collectors.toList());
        if (parameters.size() != 1) {
            throw new ResultsFormatException("sweep.csv must vary one parameter; it has " + parameters);
        }
        return new SweepResults(parameters.get(0), rows);
    }

    List<Transport> transports() {
        return rows.stream().map(SweepRow::transport).distinct().sorted().collect(Collectors.toList());
    }

    /** One point per swept value, in increasing value, for one transport and measure. */
    List<SweepPoint> points(Transport t, SweepMetric metric) {
        TreeMap<Double, List<SweepRow>> byValue = rows.stream().filter(r -> r.transport() == t)
                .collect(Collectors.groupingBy(SweepRow::value, TreeMap::new, Collectors.toList()));
        List<SweepPoint> points = new ArrayList<>();
        byValue.forEach((v, rs) -> points.add(SweepPoint.of(v, rs.get(0).valueLabel(),
                rs.stream().mapToDouble(metric.value).toArray())));
        return points;
    }

    int repeatsPerValue() {
        return rows.stream().mapToInt(SweepRow::repeat).max().orElse(0) + 1;
    }

    List<Long> seeds() {
        return rows.stream().map(SweepRow::seed).distinct().sorted(Comparator.naturalOrder()).collect(Collectors.toList());
    }
}
