package dev.netlab.core.result;

import dev.netlab.core.engine.CsvLedgerWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV files of a results or sweep directory: each one's file name and columns, in the order
 * written (docs/results.md). The writers write {@link #header()} and the readers ask for
 * {@link #columns()}, so a column is named in one place.
 */
public enum ResultsCsv {
    /** One row per message a client sent, and its reply if one came. */
    MESSAGES("messages.csv", List.of("transport", "client", "seq", "size_bytes", "sent_ms", "received_ms", "rtt_ms",
            "duplicates", "arrival_index", "late")),
    /** TCP's congestion window over time. */
    CWND("cwnd.csv", List.of("transport", "client", "direction", "time_ms", "cwnd_bytes")),
    /** The impairment engine's decisions for every transport: the engine ledger's row after its transport. */
    LEDGER("ledger.csv", withTransport(CsvLedgerWriter.COLUMNS)),
    /** One row per repeat of each transport at each value of a sweep. */
    SWEEP("sweep.csv", List.of("parameter", "value", "value_label", "repeat", "transport", "seed", "delivery_ratio",
            "on_time_ratio", "rtt_p99_ms", "goodput_bps"));

    private final String fileName;
    private final List<String> columns;

    ResultsCsv(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    private static List<String> withTransport(List<String> columns) {
        List<String> all = new ArrayList<>(List.of("transport"));
        all.addAll(columns);
        return List.copyOf(all);
    }

    /** The file's name in its directory, for example {@code messages.csv}. */
    public String fileName() {
        return fileName;
    }

    /** The columns, in the order written. */
    public List<String> columns() {
        return columns;
    }

    /** The header line, without its line end. */
    public String header() {
        return String.join(",", columns);
    }
}
