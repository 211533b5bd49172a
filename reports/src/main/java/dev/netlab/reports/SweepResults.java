package dev.netlab.reports;

import dev.netlab.core.scenario.Transport;
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

    /** The columns {@code sweep.csv} must have, in the documented order. */
    static final List<String> COLUMNS = List.of("parameter", "value", "value_label", "repeat", "transport", "seed",
            "delivery_ratio", "on_time_ratio", "rtt_p99_ms", "goodput_bps");

    SweepResults {
        rows = List.copyOf(rows);
    }

    static SweepResults read(Path sweepDir) throws IOException {
        CsvTable csv = CsvTable.read(sweepDir.resolve("sweep.csv"), COLUMNS);
        List<SweepRow> rows = new ArrayList<>();
        for (int r = 0; r < csv.size(); r++) {
            String t = csv.text(r, "transport");
            Transport transport;
            try {
                transport = Transport.parse(t);
            } catch (IllegalArgumentException e) {
                throw csv.bad(r, "transport", "udp or tcp", t);
            }
            rows.add(new SweepRow(csv.text(r, "parameter"), csv.decimal(r, "value"), csv.text(r, "value_label"),
                    (int) csv.whole(r, "repeat"), transport, csv.whole(r, "seed"), orNaN(csv, r, "delivery_ratio"),
                    orNaN(csv, r, "on_time_ratio"), orNaN(csv, r, "rtt_p99_ms"), orNaN(csv, r, "goodput_bps")));
        }
        if (rows.isEmpty()) {
            throw new ResultsFormatException("sweep.csv has a header but no rows");
        }
        List<String> parameters = rows.stream().map(SweepRow::parameter).distinct().collect(Collectors.toList());
        if (parameters.size() != 1) {
            throw new ResultsFormatException("sweep.csv must vary one parameter; it has " + parameters);
        }
        return new SweepResults(parameters.get(0), rows);
    }

    private static double orNaN(CsvTable csv, int row, String column) throws ResultsFormatException {
        return csv.optionalDecimal(row, column).orElse(Double.NaN);
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
