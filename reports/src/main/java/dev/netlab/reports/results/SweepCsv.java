package dev.netlab.reports.results;

import dev.netlab.core.result.ResultsCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a sweep directory's {@code sweep.csv} (columns in {@link ResultsCsv#SWEEP}) into rows. */
public final class SweepCsv {

    private SweepCsv() {
    }

    /**
     * Every row, in file order; an empty cell is NaN.
     *
     * @throws ResultsFormatException when the file is missing or a cell cannot be read
     */
    public static List<SweepRow> read(Path sweepDir) throws IOException {
        CsvTable csv = CsvTable.read(sweepDir.resolve(ResultsCsv.SWEEP.fileName()), ResultsCsv.SWEEP.columns());
        List<SweepRow> rows = new ArrayList<>();
        for (int r = 0; r < csv.size(); r++) {
            rows.add(new SweepRow(csv.text(r, "parameter"), csv.decimal(r, "value"), csv.text(r, "value_label"),
                    (int) csv.whole(r, "repeat"), ResultsReader.transport(csv, r), csv.whole(r, "seed"),
                    orNaN(csv, r, "delivery_ratio"), orNaN(csv, r, "on_time_ratio"), orNaN(csv, r, "rtt_p99_ms"),
                    orNaN(csv, r, "goodput_bps")));
        }
        return rows;
    }

    private static double orNaN(CsvTable csv, int row, String column) throws ResultsFormatException {
        return csv.optionalDecimal(row, column).orElse(Double.NaN);
    }
}
