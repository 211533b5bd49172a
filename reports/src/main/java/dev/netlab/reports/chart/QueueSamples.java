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
import java.util.List;
import java.util.Map;

/**
 * The rate queue of each direction over time, from the forwarded rows of {@code ledger.csv} of one or
 * more transports: in bins of {@value #BIN_MS} ms of arrival time, the mean number of copies in the
 * queue (waiting or on the wire) and the mean time a copy spent there. A copy's time in the queue is
 * its time in the relay less the scenario's base {@code delay} of its direction; with jitter that is the
 * queue plus the jitter's share. Occupancy adds up over copies, so the queue of a concurrent run, which
 * UDP's and TCP's packets share, is the sum of both transports' rows on their common time axis (each
 * transport's part is kept too). Streams the file: a long run's ledger is not held in memory.
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

    /** The transports read, by label; a part is one of them. */
    private final List<String> parts;
    /** Per part and direction (ordinal): the summed copy-nanoseconds in the queue per bin. */
    private final double[][][] occupancyNanos;
    /** Per direction: copies that arrived in each bin, and their summed time in the queue. */
    private final double[][] queueNanos = new double[2][64];
    private final long[][] copies = new long[2][64];

    private QueueSamples(List<String> parts) {
        this.parts = List.copyOf(parts);
        occupancyNanos = new double[parts.size()][2][64];
    }

    /** Reads the forwarded rows of {@code transport} (its label, for example {@code udp}) from a ledger. */
    static QueueSamples read(Path ledger, String transport, ScenarioInfo scenario) throws IOException {
        return read(ledger, List.of(transport), scenario);
    }

    /** Reads the forwarded rows of every transport in {@code transports} (labels): one queue they all fill. */
    static QueueSamples read(Path ledger, List<String> transports, ScenarioInfo scenario) throws IOException {
        QueueSamples q = new QueueSamples(transports);
        long[] baseDelayNanos = {baseDelay(scenario.uplink()), baseDelay(scenario.downlink())};
        try (BufferedReader in = Files.newBufferedReader(ledger, StandardCharsets.UTF_8)) {
            in.readLine(); // header
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                int part = f.length <= DELAY ? -1 : transports.indexOf(f[TRANSPORT]);
                if (part < 0 || !f[ACTION].equals("forwarded")) {
                    continue;
                }
                int d = f[DIRECTION].equals(Direction.UPLINK.label()) ? 0 : 1;
                long arrival = Long.parseLong(f[TIME]);
                long inQueue = Math.max(0, Long.parseLong(f[DELAY]) - baseDelayNanos[d]);
                q.add(part, d, arrival + Long.parseLong(f[DELAY]) - inQueue, inQueue, arrival);
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

    private void add(int part, int d, long enterNanos, long inQueueNanos, long arrivalNanos) {
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
            occupancyNanos[part][d][bin] += until - from;
            from = until;
        }
    }

    private void grow(int d, int bin) {
        if (bin >= copies[d].length) {
            int size = Math.max(bin + 1, copies[d].length * 2);
            for (double[][] part : occupancyNanos) {
                part[d] = Arrays.copyOf(part[d], size);
            }
            queueNanos[d] = Arrays.copyOf(queueNanos[d], size);
            copies[d] = Arrays.copyOf(copies[d], size);
        }
    }

    /** The transports read, by label, in the order given. */
    List<String> parts() {
        return parts;
    }

    /** How many bins hold anything in this direction. */
    int bins(Direction direction) {
        int d = direction.ordinal();
        int last = copies[d].length - 1;
        while (last >= 0 && copies[d][last] == 0 && packets(direction, last) == 0) {
            last--;
        }
        return last + 1;
    }

    /** Mean copies in the queue during the bin, of every transport read. */
    double packets(Direction direction, int bin) {
        double sum = 0;
        for (int part = 0; part < parts.size(); part++) {
            sum += packets(part, direction, bin);
        }
        return sum;
    }

    /** Mean copies of one transport (its index in {@link #parts}) in the queue during the bin. */
    double packets(int part, Direction direction, int bin) {
        return occupancyNanos[part][direction.ordinal()][bin] / BIN_NANOS;
    }

    /** Mean time in the queue of the copies that arrived in the bin, in ms; NaN when none did. */
    double queueMs(Direction direction, int bin) {
        long n = copies[direction.ordinal()][bin];
        return n == 0 ? Double.NaN : queueNanos[direction.ordinal()][bin] / n / 1e6;
    }
}
