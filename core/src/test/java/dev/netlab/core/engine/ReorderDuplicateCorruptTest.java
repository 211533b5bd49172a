package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.units.Percent;
import java.time.Duration;
import java.util.List;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

// Binomial and chi-square tests reject at alpha 0.001: a correct model fails one for 0.1% of seeds; seeds are fixed.
class ReorderDuplicateCorruptTest {

    private static final int PACKETS = 100_000;
    private static final long SPACING_NANOS = 1_000_000;
    private static final double ALPHA = 0.001;

    @Test
    void reorderPicksAboutTheConfiguredShareAndThosePacketsOvertake() {
        LinkConfig config = LinkConfig.builder().delay(Duration.ofMillis(20)).reorder(Percent.parse("10%")).build();
        List<Fate> fates = Traffic.send(Traffic.uplinkOnly(3, config), 1, PACKETS, SPACING_NANOS);
        int reordered = 0;
        int overtaking = 0;
        for (int i = 0; i < fates.size(); i++) {
            Delivery d = ((Fate.Delivered) fates.get(i)).first();
            if (d.is(Delivery.Mark.REORDERED)) {
                reordered++;
                // Sent at arrival while the previous packet still waits out its 20ms: it overtakes.
                assertEquals(i * SPACING_NANOS, d.releaseNanos());
                long previous = i == 0 ? Long.MIN_VALUE : ((Fate.Delivered) fates.get(i - 1)).first().releaseNanos();
                overtaking += d.releaseNanos() < previous ? 1 : 0;
            }
        }
        assertBinomial(PACKETS, reordered, 0.10);
        assertTrue(overtaking > 0.9 * reordered, overtaking + " of " + reordered + " overtook the packet before");
    }

    @Test
    void reorderWithAGapPicksTheTheoreticalShare() {
        Reorder reorder = new Reorder(Percent.parse("25%"), 5);
        LinkConfig config = LinkConfig.builder().delay(Duration.ofMillis(20)).reorder(reorder.probability())
                .gap(reorder.gap()).build();
        List<Fate> fates = Traffic.send(Traffic.uplinkOnly(4, config), 1, PACKETS, SPACING_NANOS);
        long reordered = fates.stream().filter(f -> ((Fate.Delivered) f).first().is(Delivery.Mark.REORDERED)).count();
        double share = reordered / (double) PACKETS;
        // Picks form a renewal process: cycles of 4 + Geometric(0.25) copies, mean 8, variance 12. The
        // count's standard error is sqrt(n·12/8³) ≈ 48 packets (0.048%); 4.5 of them: false failure < 1e-5.
        assertEquals(Theory.reorderedShare(reorder), share, 4.5 * Math.sqrt(PACKETS * 12.0 / 512) / PACKETS);
        System.out.printf("reorder 25%% gap 5: share %.4f, theory %.4f%n", share, Theory.reorderedShare(reorder));
    }

    @Test
    void duplicateSendsAboutTheConfiguredShareTwiceAndNeverThrice() {
        LinkConfig config = LinkConfig.builder().duplicate(Percent.parse("1%")).build();
        ImpairmentEngine engine = Traffic.uplinkOnly(5, config);
        List<Fate> fates = Traffic.send(engine, 1, PACKETS, SPACING_NANOS);
        int twice = 0;
        for (Fate fate : fates) {
            List<Delivery> copies = ((Fate.Delivered) fate).deliveries();
            // A copy is never duplicated again, so two is the most.
            assertTrue(copies.size() <= 2);
            if (copies.size() == 2) {
                twice++;
                assertTrue(copies.get(1).is(Delivery.Mark.DUPLICATE) && !copies.get(0).is(Delivery.Mark.DUPLICATE));
            }
        }
        assertBinomial(PACKETS, twice, 0.01);
        assertEquals(twice, engine.counters().count(Direction.UPLINK, Action.DUPLICATED));
        assertEquals(PACKETS + twice, engine.counters().count(Direction.UPLINK, Action.FORWARDED));
    }

    @Test
    void corruptFlipsExactlyOneBitOfACopyAndLeavesTheCallersBytesAlone() {
        LinkConfig config = LinkConfig.builder().corrupt(Percent.parse("0.5%")).build();
        ImpairmentEngine engine = Traffic.uplinkOnly(6, config);
        byte[] original = new byte[64];
        for (int i = 0; i < original.length; i++) {
            original[i] = (byte) (i * 37);
        }
        byte[] sent = original.clone();
        int corrupted = 0;
        for (int i = 0; i < PACKETS; i++) {
            Delivery d = ((Fate.Delivered) engine.process(1, Direction.UPLINK, i, 64, i * SPACING_NANOS, sent)).first();
            int flipped = differingBits(original, d.payload());
            // Marked copies differ in exactly one bit; unmarked ones in none.
            assertEquals(d.is(Delivery.Mark.CORRUPTED) ? 1 : 0, flipped, "packet " + i);
            corrupted += flipped;
        }
        assertArrayEquals(original, sent, "the caller's array is never changed");
        assertBinomial(PACKETS, corrupted, 0.005);
        assertEquals(corrupted, engine.counters().count(Direction.UPLINK, Action.CORRUPTED));
    }

    @Test
    void corruptPicksTheFlippedBitUniformly() {
        LinkConfig config = LinkConfig.builder().corrupt(Percent.HUNDRED).build();
        ImpairmentEngine engine = Traffic.uplinkOnly(8, config);
        byte[] zeros = new byte[16];
        long[] hits = new long[16 * 8];
        for (int i = 0; i < PACKETS; i++) {
            byte[] out = ((Fate.Delivered) engine.process(1, Direction.UPLINK, i, 16, i, zeros)).first().payload();
            for (int bit = 0; bit < hits.length; bit++) {
                hits[bit] += (out[bit >>> 3] >>> (bit & 7)) & 1;
            }
        }
        double[] expected = new double[hits.length];
        java.util.Arrays.fill(expected, PACKETS / (double) hits.length);
        // Chi-square over the 128 bit positions against a flat distribution.
        double pValue = new ChiSquareTest().chiSquareTest(expected, hits);
        assertTrue(pValue > ALPHA, "p = " + pValue);
        System.out.printf("corrupt: bit position chi-square p = %.3f%n", pValue);
    }

    @Test
    void corruptDropModeDropsThePacketAndTheLedgerStillSaysCorrupted() {
        LinkConfig config = LinkConfig.builder().corrupt(Percent.parse("2%")).corruptMode(CorruptMode.DROP).build();
        ImpairmentEngine engine = Traffic.uplinkOnly(9, config);
        List<Fate> fates = Traffic.send(engine, 1, PACKETS, SPACING_NANOS);
        long dropped = fates.stream().filter(f -> f instanceof Fate.Dropped).count();
        fates.stream().filter(f -> f instanceof Fate.Dropped)
                .forEach(f -> assertEquals(DropReason.CORRUPT, assertInstanceOf(Fate.Dropped.class, f).reason()));
        // Every checksum drop is both a corruption and a drop in the counters.
        assertEquals(dropped, engine.counters().count(Direction.UPLINK, Action.CORRUPTED));
        assertEquals(dropped, engine.counters().count(Direction.UPLINK, Action.DROPPED));
        assertBinomial(PACKETS, (int) dropped, 0.02);
    }

    private static int differingBits(byte[] a, byte[] b) {
        int bits = 0;
        for (int i = 0; i < a.length; i++) {
            bits += Integer.bitCount((a[i] ^ b[i]) & 0xFF);
        }
        return bits;
    }

    private static void assertBinomial(int trials, int successes, double probability) {
        double pValue = new BinomialTest().binomialTest(trials, successes, probability, AlternativeHypothesis.TWO_SIDED);
        assertTrue(pValue > ALPHA, successes + " of " + trials + " at " + probability + ": p = " + pValue);
        System.out.printf("%d of %d (%.4f%%, configured %.4f%%): binomial p = %.3f%n", successes, trials,
                100.0 * successes / trials, 100 * probability, pValue);
    }
}
