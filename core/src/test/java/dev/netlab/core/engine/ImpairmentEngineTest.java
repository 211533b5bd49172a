package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.units.DataRate;
import dev.netlab.core.units.Percent;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
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
        // Byte-for-byte equal CSV means every decision, delay and reason repeated; another seed must differ.
        String first = ledger(42);
        assertEquals(first, ledger(42));
        assertNotEquals(first, ledger(43));
        assertTrue(first.startsWith(CsvLedgerWriter.HEADER + "\n"));
        assertTrue(first.lines().count() > 2L * PACKETS, "a row per forward at least");
    }

    @Test
    void addingAFlowLeavesAnotherFlowsFatesUnchanged() {
        // Flow 1 alone, then flow 1 interleaved packet by packet with flow 2: flow 1's fates must match exactly.
        ImpairmentEngine alone = new ImpairmentEngine(7, EVERYTHING, EVERYTHING, LedgerSink.NONE);
        ImpairmentEngine shared = new ImpairmentEngine(7, EVERYTHING, EVERYTHING, LedgerSink.NONE);
        byte[] payload = new byte[200];
        List<String> soloFates = new ArrayList<>();
        List<String> sharedFates = new ArrayList<>();
        List<String> flowTwoFates = new ArrayList<>();
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
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
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
        for (int i = 0; i < 10_000; i++) {
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

    private static String ledger(long seed) {
        StringWriter out = new StringWriter();
        CsvLedgerWriter csv = new CsvLedgerWriter(out);
        ImpairmentEngine engine = new ImpairmentEngine(seed, EVERYTHING, EVERYTHING, csv);
        byte[] payload = new byte[200];
        for (int i = 0; i < PACKETS; i++) {
            engine.process(1, Direction.UPLINK, i, 200, i * SPACING_NANOS, payload);
            engine.process(1, Direction.DOWNLINK, i, 200, i * SPACING_NANOS + 1, payload);
        }
        csv.close();
        return out.toString();
    }

    private static String describe(Fate fate) {
        if (fate instanceof Fate.Dropped dropped) {
            return "dropped " + dropped.reason();
        }
        StringBuilder s = new StringBuilder();
        for (Delivery d : ((Fate.Delivered) fate).deliveries()) {
            s.append(d.releaseNanos()).append(' ').append(d.marks()).append(' ').append(java.util.Arrays.hashCode(d.payload()))
                    .append(';');
        }
        return s.toString();
    }
}
