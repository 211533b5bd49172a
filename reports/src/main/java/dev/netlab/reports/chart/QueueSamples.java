package dev.netlab.reports.chart;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.units.Durations;
import dev.netlab.reports.results.ScenarioInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The rate queue of each direction over time, from one transport's forwarded rows of
 * {@code ledger.csv}: in bins of {@value #BIN_MS} ms of arrival time, the mean number of copies in
 * the queue (waiting or on the wire) and the mean time a copy spent there. A copy's time in the
 * queue is its time in the relay less the scenario's base {@code delay} of its direction; with
 * jitter that is the queue plus the jitter's share. Streams the file: a long run's ledger is not
 * held in memory.
 */
final class QueueSamples {

    static final int BIN_MS = 100;
    private static final double BIN_NANOS = BIN_MS * 1e6;
    // Columns of ledger.csv (docs/results.md): transport, time_nanos, flow, direction, index, copy, size, action, delay.
    private static final int TRANSPORT = 0;
    private static final int TIME = 1;
    private static final int DIRECTION = 3;
    private static final int ACTION = 7;
    private static final int DELAY = 8;

    /** Per direction (ordinal): the summed copy-nanoseconds in the queue per bin, and copies and their queue time per bin. */
    private final double[][] occupancyNanos = new double[2][];
    private final double[][] queueNanos = new double[2][];
    private final long[][] copies = new long[2][];

    private QueueSamples() {
        for (int d = 0; d < 2; d++) {
            occupancyNanos[d] = new double[64];
            queueNanos[d] = new double[64];
            copies[d] = new long[64];
        }
    }

    /** Reads the forwarded rows of {@code transport} (its label, for example {@code udp}) from a ledger. */
    static QueueSamples read(Path ledger, String transport, ScenarioInfo scenario) throws IOException {
        QueueSamples q = new QueueSamples();
        long[] baseDelayNanos = {baseDelay(scenario.uplink()), baseDelay(scenario.downlink())};
        try (BufferedReader in = Files.newBufferedReader(ledger, StandardCharsets.UTF_8)) {
            in.readLine(); // header
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                if (f.length <= DELAY || !f[TRANSPORT].equals(transport) || !f[ACTION].equals("forwarded")) {
                    continue;
                }
                int d = f[DIRECTION].equals(Direction.UPLINK.label()) ? 0 : 1;
                long arrival = Long.parseLong(f[TIME]);
                long inQueue = Math.max(0, Long.parseLong(f[DELAY]) - baseDelayNanos[d]);
                q.add(d, arrival + Long.parseLong(f[DELAY]) - inQueue, inQueue, arrival);
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException malformed) {
            throw new IOException("ledger.csv has a malformed row: " + malformed.getMessage(), malformed);
        }
        return q;
    }

    private static long baseDelay(Map<String, String> link) {
        String delay = link.get("delay");
        try {
            return delay == null ? 0 : Durations.parse(delay).toNanos();
        } catch (IllegalArgumentException unreadable) {
            return 0;
        }
    }

    private void add(int d, long enterNanos, long inQueueNanos, long arrivalNanos) {
        int arrivalBin = (int) Math.max(0, arrivalNanos / BIN_NANOS);
        grow(d, arrivalBin);
        copies[d][arrivalBin]++;
        queueNanos[d][arrivalBin] += inQueueNanos;
        // Spread the copy's stay in the queue over the bins it covers.
        long from = Math.max(0, enterNanos);
        long to = enterNanos + inQueueNanos;
        while (from < to) {
            int bin = (int) (from / BIN_NANOS);
            long binEnd = (long) ((bin + 1) * BIN_NANOS);
            long until = Math.min(to, binEnd);
            grow(d, bin);
            occupancyNanos[d][bin] += until - from;
            from = until;
        }
    }

    private void grow(int d, int bin) {
        if (bin >= copies[d].length) {
            int size = Math.max(bin + 1, copies[d].length * 2);
            occupancyNanos[d] = Arrays.copyOf(occupancyNanos[d], size);
            queueNanos[d] = Arrays.copyOf(queueNanos[d], size);
            copies[d] = Arrays.copyOf(copies[d], size);
        }
    }

    /** How many bins hold anything in this direction. */
    int bins(Direction direction) {
        long[] c = copies[direction.ordinal()];
        int last = c.length - 1;
        while (last >= 0 && c[last] == 0 && occupancyNanos[direction.ordinal()][last] == 0) {
            last--;
        }
        return last + 1;
    }

    /** Mean copies in the queue during the bin. */
    double packets(Direction direction, int bin) {
        return occupancyNanos[direction.ordinal()][bin] / BIN_NANOS;
    }

    /** Mean time in the queue of the copies that arrived in the bin, in ms; NaN when none did. */
    double queueMs(Direction direction, int bin) {
        long n = copies[direction.ordinal()][bin];
        return n == 0 ? Double.NaN : queueNanos[direction.ordinal()][bin] / n / 1e6;
    }
}
