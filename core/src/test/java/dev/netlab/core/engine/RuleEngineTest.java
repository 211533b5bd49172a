package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.rule.RuleSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Rules on virtual time: which packets they pick, what each action does, and what the ledger says. */
class RuleEngineTest {

    private static final long MS = 1_000_000L;

    private final List<LedgerEntry> ledger = Collections.synchronizedList(new ArrayList<>());

    private ImpairmentEngine engine(LinkConfig link, String... rules) {
        return new ImpairmentEngine(7, link, link, ledger::add, RuleSet.parse(List.of(rules)));
    }

    private static Packet packet(int flow, Direction direction, long index, long atNanos, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Packet(flow, direction, index, bytes.length, atNanos, bytes);
    }

    /** Sends n packets each way in flow 1 and 2, 1 ms apart; returns which 0-based uplink indexes were dropped per flow. */
    private static List<List<Integer>> droppedUplink(ImpairmentEngine engine, int n) {
        List<List<Integer>> dropped = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < n; i++) {
            for (int flow = 1; flow <= 2; flow++) {
                if (engine.process(packet(flow, Direction.UPLINK, i, i * MS, "d" + i)) instanceof Fate.Dropped) {
                    dropped.get(flow - 1).add(i);
                }
                assertInstanceOf(Fate.Delivered.class, engine.process(packet(flow, Direction.DOWNLINK, i, i * MS, "a")));
            }
        }
        return dropped;
    }

    @Test
    void anIndexListPicksThoseDatagramsOfEachFlowInItsDirectionOnly() {
        ImpairmentEngine engine = engine(LinkConfig.TRANSPARENT, "uplink index=1,3,5-7 drop");
        // 1-based 1,3,5,6,7 are 0-based 0,2,4,5,6, in each flow on its own; downlink is never touched.
        assertEquals(List.of(List.of(0, 2, 4, 5, 6), List.of(0, 2, 4, 5, 6)), droppedUplink(engine, 10));
        assertEquals(List.of(10L), engine.ruleHits());
        assertEquals(10, engine.counters().count(Direction.UPLINK, Action.DROPPED));
        assertEquals(0, engine.counters().count(Direction.DOWNLINK, Action.DROPPED));
        assertTrue(ledger.stream().filter(e -> e.action() == Action.DROPPED).allMatch(e -> e.reason().equals("rule 1 drop")));
    }

    @Test
    void theIndexCountsArrivalsAtTheRulesNotTheRelaysIndex() {
        ImpairmentEngine engine = engine(LinkConfig.TRANSPARENT, "index=2 drop");
        // The relay's index starts wherever it likes (TCP after its handshake); the rules count from 1 themselves.
        assertInstanceOf(Fate.Delivered.class, engine.process(packet(1, Direction.UPLINK, 40, 0, "x")));
        assertInstanceOf(Fate.Dropped.class, engine.process(packet(1, Direction.UPLINK, 41, MS, "x")));
        // A packet the rules do not address is not counted: the next is the 3rd, not picked.
        assertInstanceOf(Fate.Delivered.class, engine.processOutsideRules(packet(1, Direction.UPLINK, 42, 2 * MS, "")));
        assertInstanceOf(Fate.Delivered.class, engine.process(packet(1, Direction.UPLINK, 43, 3 * MS, "x")));
    }

    @Test
    void aWindowCountsFromTheFlowsFirstDatagram() {
        ImpairmentEngine engine = engine(LinkConfig.TRANSPARENT, "after=2s before=5s drop");
        List<Integer> dropped = new ArrayList<>();
        long start = 10_000 * MS; // the flow starts 10 s into the run: the window is 12 s to 15 s (exclusive)
        for (int s = 0; s < 8; s++) {
            if (engine.process(packet(3, Direction.UPLINK, s, start + s * 1000 * MS, "x")) instanceof Fate.Dropped) {
                dropped.add(s);
            }
        }
        assertEquals(List.of(2, 3, 4), dropped);
    }

    @Test
    void payloadTextHexAndRegexPickAndTheFirstMatchingRuleActs() {
        ImpairmentEngine engine = engine(LinkConfig.TRANSPARENT, "payload=ACK drop", "payload=hex:00ff drop",
                "payload~\"^DATA [0-9]*7$\" drop", "payload~DATA duplicate");
        assertInstanceOf(Fate.Dropped.class, engine.process(packet(1, Direction.DOWNLINK, 0, 0, "ACK 1")));
        assertInstanceOf(Fate.Delivered.class, engine.process(packet(1, Direction.DOWNLINK, 1, MS, "NAK ACK")));
        byte[] binary = {0, (byte) 0xff, 1};
        assertInstanceOf(Fate.Dropped.class, engine.process(new Packet(1, Direction.UPLINK, 0, 3, 0, binary)));
        assertInstanceOf(Fate.Dropped.class, engine.process(packet(1, Direction.UPLINK, 1, MS, "DATA 17")));
        Fate other = engine.process(packet(1, Direction.UPLINK, 2, 2 * MS, "DATA 18"));
        assertEquals(2, ((Fate.Delivered) other).deliveries().size(), "rule 4 duplicates what rule 3 did not pick");
        assertEquals(List.of(1L, 1L, 1L, 1L), engine.ruleHits());
    }

    @Test
    void timesLimitsARuleToTheFirstDatagramsItPicksInEachFlow() {
        ImpairmentEngine engine = engine(LinkConfig.TRANSPARENT, "downlink payload=ACK times=1 drop");
        for (int flow = 1; flow <= 2; flow++) {
            // A datagram that does not match does not use up the rule: the first ACK is the one dropped.
            assertInstanceOf(Fate.Delivered.class, engine.process(packet(flow, Direction.DOWNLINK, 0, 0, "HELLO")));
            assertInstanceOf(Fate.Dropped.class, engine.process(packet(flow, Direction.DOWNLINK, 1, MS, "ACK 0")));
            assertInstanceOf(Fate.Delivered.class, engine.process(packet(flow, Direction.DOWNLINK, 2, 2 * MS, "ACK 0")));
        }
        assertEquals(List.of(2L), engine.ruleHits());
    }

    @Test
    void corruptAlwaysChangesExactlyOneBitAndAnOffsetPicksTheByte() {
        ImpairmentEngine engine = engine(LinkConfig.TRANSPARENT, "uplink corrupt", "downlink corrupt=2");
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 2000; i++) {
            byte[] sent = new byte[1 + random.nextInt(64)];
            random.nextBytes(sent);
            Delivery got = ((Fate.Delivered) engine.process(new Packet(1, Direction.UPLINK, i, sent.length, i, sent)))
                    .first();
            assertEquals(1, bitsDiffering(sent, got.payload()), "one bit flipped, so at least one byte changed");
            assertTrue(got.is(Delivery.Mark.CORRUPTED));
        }
        byte[] sent = {10, 20, 30, 40};
        byte[] got = ((Fate.Delivered) engine.process(new Packet(1, Direction.DOWNLINK, 0, 4, 0, sent))).first().payload();
        assertArrayEquals(new byte[] {10, 20, 31, 40}, got);
        byte[] shortOne = {5};
        byte[] last = ((Fate.Delivered) engine.process(new Packet(1, Direction.DOWNLINK, 1, 1, 1, shortOne))).first()
                .payload();
        assertArrayEquals(new byte[] {4}, last, "an offset past the end flips the last byte");
        assertEquals(1, sent[0] + shortOne[0] - 14, "the caller's arrays are never changed");
    }

    private static int bitsDiffering(byte[] a, byte[] b) {
        int bits = 0;
        for (int i = 0; i < a.length; i++) {
            bits += Integer.bitCount((a[i] ^ b[i]) & 0xff);
        }
        return bits;
    }

    @Test
    void anEmptyPayloadCannotBeCorruptedAndTheLedgerSaysSo() {
        ImpairmentEngine engine = engine(LinkConfig.TRANSPARENT, "corrupt");
        Delivery got = ((Fate.Delivered) engine.process(packet(1, Direction.UPLINK, 0, 0, ""))).first();
        assertEquals(0, got.payload().length);
        assertEquals("rule 1 corrupt: empty payload, unchanged", ledger.get(ledger.size() - 1).reason());
    }

    @Test
    void duplicateSendsTwoCopiesAndDelayAddsToTheLinksDelay() {
        LinkConfig link = LinkConfig.builder().delay(Duration.ofMillis(20)).build();
        ImpairmentEngine engine = engine(link, "index=1 duplicate", "index=2 delay=100ms");
        Fate.Delivered twice = (Fate.Delivered) engine.process(packet(1, Direction.UPLINK, 0, 0, "x"));
        assertEquals(2, twice.deliveries().size());
        assertTrue(twice.deliveries().get(1).is(Delivery.Mark.DUPLICATE));
        Fate.Delivered late = (Fate.Delivered) engine.process(packet(1, Direction.UPLINK, 1, MS, "y"));
        // The rule acts first, then the random chain: 1 ms + 100 ms + the link's 20 ms.
        assertEquals(121 * MS, late.first().releaseNanos());
        assertEquals("rule 2 delay=100ms", ledger.get(ledger.size() - 1).reason());
    }

    @Test
    void holdReleasesTheDatagramRightAfterTheNextOneOfItsFlowAndDirection() {
        ImpairmentEngine engine = engine(LinkConfig.TRANSPARENT, "uplink index=1 hold");
        Fate first = engine.process(packet(1, Direction.UPLINK, 0, 0, "one"));
        assertEquals(new Fate.Held(1000 * MS), first);
        assertEquals(List.of(), engine.takeReleased(1, Direction.UPLINK, 5 * MS), "nothing else passed yet");
        // Another flow and the other direction do not let it go (flow 2's first is held in its own flow).
        assertInstanceOf(Fate.Held.class, engine.process(packet(2, Direction.UPLINK, 0, 6 * MS, "other flow")));
        engine.process(packet(1, Direction.DOWNLINK, 0, 7 * MS, "ack"));
        assertEquals(List.of(), engine.takeReleased(1, Direction.UPLINK, 7 * MS));
        Fate second = engine.process(packet(1, Direction.UPLINK, 1, 10 * MS, "two"));
        assertEquals(10 * MS, ((Fate.Delivered) second).first().releaseNanos());
        List<HeldRelease> released = engine.takeReleased(1, Direction.UPLINK, 10 * MS);
        assertEquals(1, released.size());
        assertEquals("one", new String(released.get(0).packet().payload(), StandardCharsets.UTF_8));
        Delivery late = ((Fate.Delivered) released.get(0).fate()).first();
        assertEquals(10 * MS, late.releaseNanos(), "it leaves with the datagram that passed, after it");
        assertTrue(late.is(Delivery.Mark.REORDERED));
        assertEquals(List.of(), engine.takeReleased(1, Direction.UPLINK, 11 * MS), "released once");
        assertEquals(2, engine.counters().count(Direction.UPLINK, Action.REORDERED), "one hold in each flow");
    }

    @Test
    void aHeldDatagramLeavesAtItsLimitWhenNoOtherComes() {
        ImpairmentEngine engine = engine(LinkConfig.TRANSPARENT, "hold=50ms");
        assertInstanceOf(Fate.Held.class, engine.process(packet(1, Direction.UPLINK, 0, 0, "last")));
        assertEquals(List.of(), engine.takeReleased(1, Direction.UPLINK, 49 * MS));
        List<HeldRelease> released = engine.takeReleased(1, Direction.UPLINK, 60 * MS);
        assertEquals(50 * MS, ((Fate.Delivered) released.get(0).fate()).first().releaseNanos());
    }

    @Test
    void aSecondHoldLetsTheFirstGoSoOnlyOneWaitsPerDirection() {
        ImpairmentEngine engine = engine(LinkConfig.TRANSPARENT, "hold");
        engine.process(packet(1, Direction.UPLINK, 0, 0, "a"));
        engine.process(packet(1, Direction.UPLINK, 1, MS, "b"));
        List<HeldRelease> released = engine.takeReleased(1, Direction.UPLINK, MS);
        assertEquals(List.of("a"), released.stream().map(r -> new String(r.packet().payload(), StandardCharsets.UTF_8))
                .toList());
    }

    @Test
    void aDatagramStillHeldWhenItsFlowIsReleasedIsRecordedAsDropped() {
        ImpairmentEngine engine = engine(LinkConfig.TRANSPARENT, "hold");
        engine.process(packet(1, Direction.UPLINK, 0, 0, "a"));
        engine.release(1);
        LedgerEntry last = ledger.get(ledger.size() - 1);
        assertEquals(Action.DROPPED, last.action());
        assertEquals("rule 1 hold: flow closed while held", last.reason());
        assertEquals(List.of(), engine.takeReleased(1, Direction.UPLINK, 5000 * MS));
    }

    @Test
    void aPacketNoRulePicksMeetsTheRandomChainAsWithoutRules() {
        LinkConfig lossy = LinkConfig.builder().loss(dev.netlab.core.units.Percent.parse("30%")).build();
        ImpairmentEngine ruled = engine(lossy, "payload=never-sent drop");
        ImpairmentEngine plain = new ImpairmentEngine(7, lossy, lossy, LedgerSink.NONE);
        for (int i = 0; i < 500; i++) {
            Packet p = packet(1, Direction.UPLINK, i, i * MS, "x");
            // Same seed, same packets: the rules add no draws, so the fates are the same.
            assertEquals(plain.process(p) instanceof Fate.Dropped, ruled.process(p) instanceof Fate.Dropped);
        }
        assertNotEquals(0, ruled.counters().count(Direction.UPLINK, Action.DROPPED));
    }
}
