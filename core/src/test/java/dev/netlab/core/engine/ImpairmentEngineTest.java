package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.units.DataRate;
import dev.netlab.core.units.Percent;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpairmentEngineTest {

    private static final int PACKETS = 100_000;
    private static final long SPACING_NANOS = 200_000;

    /** Every model at once, so determinism covers every generator. */
    private static final LinkConfig EVERYTHING = LinkConfig.builder()
            .loss(new GilbertElliottLoss(Percent.parse("1%"), Percent.parse("30%")))
            .duplicate(Percent.parse("2%"))
            .corrupt(Percent.parse("1%"))
            .delay(Duration.ofMillis(20)).jitter(Duration.ofMillis(5)).distribution(DelayDistribution.PARETONORMAL)
            .reorder(Percent.parse("5%")).gap(3)
            .rate(DataRate.parse("20mbit"))
            .build();

    @Test
    void theSameSeedWritesTheSameLedger() {
        // Equal SHA-256 of the CSV means every row (decision, delay, reason) repeated byte for byte;
        // another seed must differ. Hashing streams the rows instead of holding megabytes of text.
        Ledger first = ledger(42, PACKETS);
        assertEquals(first, ledger(42, PACKETS));
        // Telling seeds apart needs far fewer packets.
        assertNotEquals(ledger(42, PACKETS / 10).sha256(), ledger(43, PACKETS / 10).sha256());
        assertTrue(first.firstLine().equals(CsvLedgerWriter.HEADER), first.firstLine());
        assertTrue(first.lines() > PACKETS, "at least a row per packet: " + first.lines());
    }

    @Test
    void addingAFlowLeavesAnotherFlowsFatesUnchanged() {
        // Flow 1 alone, then flow 1 interleaved packet by packet with flow 2: flow 1's fates must match exactly.
        // Per-flow queues: a shared queue is the one place flows meet on purpose (SharedQueueTest).
        LinkConfig perFlow = EVERYTHING.toBuilder().share(LinkShare.PER_FLOW).build();
        ImpairmentEngine alone = new ImpairmentEngine(7, perFlow, perFlow, LedgerSink.NONE);
        ImpairmentEngine shared = new ImpairmentEngine(7, perFlow, perFlow, LedgerSink.NONE);
        byte[] payload = new byte[200];
        List<Long> soloFates = new ArrayList<>();
        List<Long> sharedFates = new ArrayList<>();
        List<Long> flowTwoFates = new ArrayList<>();
        for (int i = 0; i < PACKETS; i++) {
            long t = i * SPACING_NANOS;
            soloFates.add(describe(alone.process(1, Direction.UPLINK, i, 200, t, payload)));
            flowTwoFates.add(describe(shared.process(2, Direction.UPLINK, i, 200, t, payload)));
            sharedFates.add(describe(shared.process(1, Direction.UPLINK, i, 200, t, payload)));
        }
        assertEquals(soloFates, sharedFates);
        assertNotEquals(soloFates, flowTwoFates, "flow 2 has its own draws");
    }

    @Test
    void theTwoDirectionsDrawIndependently() {
        // Same flow, same config, both directions: different generators, so different fates.
        ImpairmentEngine engine = new ImpairmentEngine(7, EVERYTHING, EVERYTHING, LedgerSink.NONE);
        byte[] payload = new byte[200];
        List<Long> up = new ArrayList<>();
        List<Long> down = new ArrayList<>();
        for (int i = 0; i < PACKETS; i++) {
            up.add(describe(engine.process(1, Direction.UPLINK, i, 200, i * SPACING_NANOS, payload)));
            down.add(describe(engine.process(1, Direction.DOWNLINK, i, 200, i * SPACING_NANOS, payload)));
        }
        assertNotEquals(up, down);
    }

    @Test
    void aTransparentLinkDeliversEveryPacketAtItsArrivalUnchanged() {
        assertTrue(LinkConfig.TRANSPARENT.isTransparent());
        assertFalse(EVERYTHING.isTransparent());
        assertFalse(LinkConfig.builder().down(true).build().isTransparent());
        ImpairmentEngine engine = Traffic.uplinkOnly(1, LinkConfig.TRANSPARENT);
        byte[] payload = {1, 2, 3};
        Fate fate = engine.process(1, Direction.UPLINK, 0, 3, 123, payload);
        Delivery d = assertInstanceOf(Fate.Delivered.class, fate).first();
        // Same array, same time, no marks: the fast path is a no-op that still counts.
        assertSame(payload, d.payload());
        assertEquals(123, d.releaseNanos());
        assertTrue(d.marks().isEmpty());
        assertEquals(1, engine.counters().count(Direction.UPLINK, Action.FORWARDED));
    }

    @Test
    void anOutagePhaseDropsEverythingAndTheLinkComesBack() {
        LinkConfig normal = LinkConfig.builder().delay(Duration.ofMillis(10)).build();
        ImpairmentEngine engine = Traffic.uplinkOnly(1, normal);
        byte[] payload = new byte[10];
        long second = 1_000_000_000L;
        for (int i = 0; i < PACKETS; i++) {
            long t = i * (10 * second / PACKETS); // ten seconds of traffic
            if (t == 4 * second) {
                engine.setLink(Direction.UPLINK, normal.toBuilder().down(true).build());
            } else if (t == 5 * second) {
                engine.setLink(Direction.UPLINK, normal);
            }
            Fate fate = engine.process(1, Direction.UPLINK, i, 10, t, payload);
            // Dropped as DOWN exactly inside [4 s, 5 s), delivered 10ms later outside it.
            if (t >= 4 * second && t < 5 * second) {
                assertEquals(DropReason.DOWN, assertInstanceOf(Fate.Dropped.class, fate).reason());
            } else {
                assertEquals(t + 10_000_000L, assertInstanceOf(Fate.Delivered.class, fate).first().releaseNanos());
            }
        }
        assertEquals(PACKETS / 10, engine.counters().count(Direction.UPLINK, Action.DOWN));
    }

    @Test
    void aChangedLinkKeepsTheStateOfUnchangedModels() {
        // preserveOrder remembers the last release; a phase that only adds duplication must not forget
        // it, or a packet could leave before one released in the earlier phase.
        LinkConfig jittery = LinkConfig.builder().delay(Duration.ofMillis(20)).jitter(Duration.ofMillis(15))
                .preserveOrder(true).build();
        ImpairmentEngine engine = Traffic.uplinkOnly(3, jittery);
        byte[] payload = new byte[10];
        long last = Long.MIN_VALUE;
        for (int i = 0; i < PACKETS; i++) {
            if (i % 100 == 0) {
                engine.setLink(Direction.UPLINK, i % 200 == 0 ? jittery
                        : jittery.toBuilder().duplicate(Percent.parse("1%")).build());
            }
            Fate fate = engine.process(1, Direction.UPLINK, i, 10, i * 100_000L, payload);
            for (Delivery d : ((Fate.Delivered) fate).deliveries()) {
                assertTrue(d.releaseNanos() >= last, "packet " + i);
                last = d.releaseNanos();
            }
        }
    }

    private static Ledger ledger(long seed, int packets) {
        HashingWriter out = new HashingWriter();
        try (CsvLedgerWriter csv = new CsvLedgerWriter(out)) {
            ImpairmentEngine engine = new ImpairmentEngine(seed, EVERYTHING, EVERYTHING, csv);
            byte[] payload = new byte[200];
            // Half the packets each way.
            for (int i = 0; i < packets / 2; i++) {
                engine.process(1, Direction.UPLINK, i, 200, i * SPACING_NANOS, payload);
                engine.process(1, Direction.DOWNLINK, i, 200, i * SPACING_NANOS + 1, payload);
            }
        }
        return new Ledger(HexFormat.of().formatHex(out.digest.digest()), out.firstLine.toString(), out.lines);
    }

    private record Ledger(String sha256, String firstLine, long lines) {
    }

    /** Hashes what is written, keeping only the first line and a line count. */
    private static final class HashingWriter extends Writer {
        private final MessageDigest digest;
        private final StringBuilder firstLine = new StringBuilder();
        private long lines;

        HashingWriter() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }

        @Override
        public void write(String text) {
            digest.update(text.getBytes(StandardCharsets.US_ASCII)); // the ledger is ASCII
            if (lines == 0) {
                int end = text.indexOf('\n');
                firstLine.append(end < 0 ? text : text.substring(0, end));
            }
            lines += text.chars().filter(c -> c == '\n').count();
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            write(new String(chars, offset, length));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** A fate as a number: equal fates give equal numbers; the payload counts only when corrupted. */
    private static long describe(Fate fate) {
        if (fate instanceof Fate.Dropped dropped) {
            return -1 - dropped.reason().ordinal();
        }
        long h = 17;
        for (Delivery d : ((Fate.Delivered) fate).deliveries()) {
            h = h * 31 + d.releaseNanos();
            h = h * 31 + d.marks().hashCode();
            h = h * 31 + (d.is(Delivery.Mark.CORRUPTED) ? Arrays.hashCode(d.payload()) : 0);
        }
        return h;
    }
}
