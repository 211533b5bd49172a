package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.units.Percent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyedDrawsTest {

    private static final LinkConfig LINK = LinkConfig.builder().loss(Percent.of(30)).delay(Duration.ofMillis(20))
            .jitter(Duration.ofMillis(10)).build();

    /** The fates of keys 0..199, after {@code before} sequential packets. */
    private static List<String> fates(int before) {
        ImpairmentEngine engine = new ImpairmentEngine(5, LINK, LINK, LedgerSink.NONE);
        long index = 0;
        for (int i = 0; i < before; i++, index++) {
            engine.process(1, Direction.UPLINK, index, 100, 0, new byte[100]);
        }
        List<String> out = new ArrayList<>();
        for (long key = 0; key < 200; key++, index++) {
            Fate fate = engine.process(new Packet(1, Direction.UPLINK, index, 100, 0, new byte[100]), key);
            out.add(fate instanceof Fate.Delivered d ? "delivered@" + d.deliveries().get(0).releaseNanos() : "dropped");
        }
        return out;
    }

    @Test
    void aKeyedPacketMeetsTheSameFateWhateverCameBeforeIt() {
        // 0 or 7 packets drawn before: by count every later fate would move; by key none does.
        assertEquals(fates(0), fates(7));
    }

    @Test
    void keyedDrawsStillFollowTheModel() {
        List<String> fates = fates(0);
        long dropped = fates.stream().filter("dropped"::equals).count();
        // 30% of 200: binomial mean 60, sd 6.5; 35..85 fails with probability below 1e-4 for a fixed seed.
        assertTrue(dropped > 35 && dropped < 85, "dropped " + dropped);
        assertNotEquals(1, fates.stream().filter(f -> !f.equals("dropped")).distinct().count(), "jitter varies");
    }

    @Test
    void theSequenceAfterAKeyedPacketIsTheOneWithoutIt() {
        // Keyed packets do not consume the run-long sequence: UDP-style packets after them draw as if alone.
        ImpairmentEngine plain = new ImpairmentEngine(5, LINK, LINK, LedgerSink.NONE);
        ImpairmentEngine mixed = new ImpairmentEngine(5, LINK, LINK, LedgerSink.NONE);
        mixed.process(new Packet(1, Direction.UPLINK, 0, 100, 0, new byte[100]), 42);
        for (long k = 0; k < 50; k++) {
            assertEquals(plain.process(1, Direction.UPLINK, k, 100, 0, new byte[100]).getClass(),
                    mixed.process(1, Direction.UPLINK, k + 1, 100, 0, new byte[100]).getClass());
        }
    }
}
