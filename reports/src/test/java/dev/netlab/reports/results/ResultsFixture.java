package dev.netlab.reports.results;

import dev.netlab.core.metrics.SampleSummary;
import dev.netlab.core.metrics.WilsonInterval;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small hand-made results directory: 2 clients × 20 messages per transport, one every 50 ms.
 *
 * <p>UDP: client 0 loses seq 5 and 12, client 1 loses seq 3 (3 lost of 40). Client 0's seq 8 has
 * a 100 ms round trip so it arrives after seq 9 (extent 1); client 1's seq 15 has 150 ms so it
 * arrives after 16 and 17 (extent 2). Every other round trip is 40 ms.
 *
 * <p>TCP: nothing lost and nothing reordered; a segment lost in the outage phase (400–500 ms) holds
 * up every message sent from 400 ms until its retransmission at 700 ms (head-of-line blocking):
 * sent at 400, 450 and 500 ms they are past the 150 ms deadline (2 clients × 3 = 6 late).
 * 3 retransmissions. cwnd.csv has 4 points.
 */
public final class ResultsFixture {

    public static final int CLIENTS = 2;
    public static final int PER_CLIENT = 20;
    public static final double SPACING_MS = 50;

    private ResultsFixture() {
    }

    /** One message as the fixture decides it. */
    record Msg(String transport, int client, int seq, double sentMs, Double rttMs) {
    }

    public static List<Msg> udp() {
        List<Msg> list = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            for (int s = 0; s < PER_CLIENT; s++) {
                boolean lost = c == 0 && (s == 5 || s == 12) || c == 1 && s == 3;
                double rtt = c == 0 && s == 8 ? 100 : c == 1 && s == 15 ? 150 : 40;
                list.add(new Msg("udp", c, s, s * SPACING_MS + c, lost ? null : rtt));
            }
        }
        return list;
    }

    public static List<Msg> tcp() {
        List<Msg> list = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            for (int s = 0; s < PER_CLIENT; s++) {
                double sent = s * SPACING_MS + c;
                // In-order delivery: everything sent from 400 ms on waits for the stalled segment until 700 ms.
                double rtt = sent < 400 ? 42 : Math.max(42, 700 + c - sent);
                list.add(new Msg("tcp", c, s, sent, rtt));
            }
        }
        return list;
    }

    /** Writes the directory; with {@code withCwnd} false there is no cwnd.csv. */
    public static Path write(Path dir, boolean withCwnd) throws IOException {
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder(
                "transport,client,seq,size_bytes,sent_ms,received_ms,rtt_ms,duplicates,arrival_index,late\n");
        List<Msg> all = new ArrayList<>(udp());
        all.addAll(tcp());
        for (Msg m : all) {
            if (m.rttMs() == null) {
                csv.append(String.format(Locale.ROOT, "%s,%d,%d,160,%.1f,,,0,,%n", m.transport(), m.client(), m.seq(),
                        m.sentMs()));
            } else {
                long index = arrivalIndex(all, m);
                csv.append(String.format(Locale.ROOT, "%s,%d,%d,160,%.1f,%.1f,%.1f,0,%d,%s%n", m.transport(),
                        m.client(), m.seq(), m.sentMs(), m.sentMs() + m.rttMs(), m.rttMs(), index, m.rttMs() > 150));
            }
        }
        Files.writeString(dir.resolve("messages.csv"), csv.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.json"), summaryJson(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("scenario.yaml"), "name: fixture\nseed: 42\nprofile: voip\n", StandardCharsets.UTF_8);
        if (withCwnd) {
            Files.writeString(dir.resolve("cwnd.csv"), "transport,client,direction,time_ms,cwnd_bytes\n"
                    + "tcp,0,uplink,0,14600\ntcp,0,uplink,200,29200\ntcp,0,uplink,450,14600\ntcp,0,uplink,900,21900\n",
                    StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static long arrivalIndex(List<Msg> all, Msg m) {
        return all.stream().filter(o -> o.transport().equals(m.transport()) && o.client() == m.client()
                && o.rttMs() != null && (o.sentMs() + o.rttMs() < m.sentMs() + m.rttMs()
                || o.sentMs() + o.rttMs() == m.sentMs() + m.rttMs() && o.seq() < m.seq())).count();
    }

    private static String summaryJson() {
        return "{\n  \"scenario\": {\"name\": \"fixture\", \"description\": \"hand-made\", \"seed\": 42,"
                + " \"profile\": \"voip\", \"clients\": 2, \"durationMs\": 1000, \"deadlineMs\": 150,\n"
                + "    \"uplink\": {\"loss\": \"2%\", \"delay\": \"20ms\"}, \"downlink\": {\"loss\": \"2%\", \"delay\": \"20ms\"},\n"
                + "    \"phases\": [{\"fromMs\": 400, \"toMs\": 500, \"name\": \"outage\", \"uplink\": {\"down\": \"true\"}}],\n"
                + "    \"theory\": {\"uplinkLossRate\": 0.02, \"downlinkLossRate\": 0.02, \"roundTripLossRate\": 0.0396,"
                + " \"meanRttMs\": 40.0}},\n"
                + "  \"partial\": false,\n  \"transports\": {\n"
                + "    \"udp\": " + transport(udp(), 2, "") + ",\n"
                + "    \"tcp\": " + transport(tcp(), 0, ", \"retransmissions\": 3, \"timeouts\": 1, \"stallMs\": 300.0,"
                + " \"handshakeMs\": 40.2") + "\n  }\n}\n";
    }

    private static String transport(List<Msg> msgs, int reordered, String extra) {
        double[] rtts = msgs.stream().filter(m -> m.rttMs() != null).mapToDouble(Msg::rttMs).toArray();
        int sent = msgs.size();
        int delivered = rtts.length;
        long onTime = msgs.stream().filter(m -> m.rttMs() != null && m.rttMs() <= 150).count();
        WilsonInterval ci = WilsonInterval.of(delivered, sent);
        SampleSummary s = SampleSummary.of(rtts);
        return String.format(Locale.ROOT, "{\"sent\": %d, \"delivered\": %d, \"lost\": %d, \"duplicates\": 0,"
                + " \"reordered\": %d, \"deliveryRatio\": %s, \"deliveryRatioCi95\": [%s, %s], \"onTimeRatio\": %s,"
                + " \"rttMs\": {\"p50\": %s, \"p90\": %s, \"p99\": %s, \"max\": %s, \"mean\": %s}, \"jitterMs\": 1.5,"
                + " \"reorderExtentMax\": %d, \"goodputBps\": 2560.0,"
                + " \"consistency\": {\"lostObserved\": %d, \"lostExplainedByLedger\": %d, \"ok\": true}%s}",
                sent, delivered, sent - delivered, reordered, (double) delivered / sent, ci.low(), ci.high(),
                (double) onTime / sent, s.p50(), s.p90(), s.p99(), s.max(), s.mean(), reordered, sent - delivered,
                sent - delivered, extra);
    }

    /** The names of the chart files a full report writes. */
    public static final Set<String> CHARTS = Set.of("delivery", "rtt-cdf", "sequence-vs-arrival", "rtt-over-time",
            "reorder-extent", "cwnd", "delivered-over-time", "client-throughput");
}
