package dev.netlab.core.result;

import dev.netlab.core.scenario.Transport;

/**
 * One row of {@code messages.csv} ({@link ResultsCsv#MESSAGES}), formatted in one place for the run
 * that streams the file and the writer that rewrites it at the end. Times are milliseconds with
 * three decimals, from nanoseconds since the transport's run started.
 *
 * <p>While a run goes, the file is a journal: a message gets a row without a reply when it is sent
 * and a second row when its reply first arrives; at the end the file is rewritten with one row per
 * message (docs/results.md, "What a run leaves when it is killed").
 */
public final class MessageCsvRow {

    private MessageCsvRow() {
    }

    /** A message without a reply: sent and (so far) unanswered, or lost. */
    public static String unanswered(Transport transport, int client, long seq, int sizeBytes, long sentNanos) {
        return start(transport, client, seq, sizeBytes, sentNanos) + ",,0,,";
    }

    /**
     * A message whose reply came.
     *
     * @param deadlineNanos the profile's deadline, or a negative number when it has none
     */
    public static String answered(Transport transport, int client, long seq, int sizeBytes, long sentNanos,
            long receivedNanos, int duplicates, long arrivalIndex, long deadlineNanos) {
        long rtt = receivedNanos - sentNanos;
        return start(transport, client, seq, sizeBytes, sentNanos) + ms(receivedNanos) + "," + ms(rtt) + ","
                + duplicates + "," + arrivalIndex + "," + (deadlineNanos < 0 ? "" : String.valueOf(rtt > deadlineNanos));
    }

    private static String start(Transport transport, int client, long seq, int sizeBytes, long sentNanos) {
        return transport.label() + "," + client + "," + seq + "," + sizeBytes + "," + ms(sentNanos) + ",";
    }

    /** Milliseconds with three decimals, rounded half up, as {@code %.3f} would print them, without its cost. */
    public static String ms(long nanos) {
        long micros = Math.round(Math.abs(nanos) / 1000.0);
        String fraction = String.valueOf(1000 + micros % 1000).substring(1);
        return (nanos < 0 && micros != 0 ? "-" : "") + micros / 1000 + "." + fraction;
    }
}
