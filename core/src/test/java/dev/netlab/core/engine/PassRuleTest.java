package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.rule.RuleSet;
import dev.netlab.core.scenario.LinkSettings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code pass} rule on virtual time: what it picks is spared the random chain, the rest is not. */
class PassRuleTest {

    private static final long MS = 1_000_000L;

    private final List<LedgerEntry> ledger = Collections.synchronizedList(new ArrayList<>());

    private static Packet packet(int flow, long index, long atNanos) {
        byte[] bytes = ("d" + index).getBytes(StandardCharsets.UTF_8);
        return new Packet(flow, Direction.UPLINK, index, bytes.length, atNanos, bytes);
    }

    @Test
    void aFlowsFirstDatagramPassesALinkThatLosesEverythingElse() {
        // A link that loses every datagram and delays by 50 ms: no randomness left to make this pass by chance.
        LinkConfig link = LinkSettings.parse(Map.of("loss", "100%", "delay", "50ms"));
        ImpairmentEngine engine = new ImpairmentEngine(7, link, link, ledger::add,
                RuleSet.parse(List.of("uplink index=1 pass")));
        for (int flow = 1; flow <= 3; flow++) {
            Packet first = packet(flow, 0, 10 * MS);
            Fate.Delivered delivered = assertInstanceOf(Fate.Delivered.class, engine.process(first));
            // Delivered once, at its arrival, as it came: spared delay as well as loss.
            assertEquals(1, delivered.deliveries().size());
            assertEquals(10 * MS, delivered.deliveries().get(0).releaseNanos());
            assertArrayEquals(first.payload(), delivered.deliveries().get(0).payload());
            for (int i = 1; i < 5; i++) {
                assertInstanceOf(Fate.Dropped.class, engine.process(packet(flow, i, (10 + i) * MS)));
            }
        }
        assertEquals(List.of(3L), engine.ruleHits());
        assertEquals(3, ledger.stream().filter(e -> e.reason().equals("rule 1 pass")).count());
        assertTrue(ledger.stream().filter(e -> e.reason().equals("rule 1 pass"))
                .allMatch(e -> e.action() == Action.FORWARDED), "a pass is written to the ledger as forwarded");
    }

    @Test
    void passTakesNoValueAndIsOfferedForAMisspeltAction() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RuleSet.parse(List.of("index=1 pass=2")));
        assertTrue(e.getMessage().contains("'pass' takes no value"), e.getMessage());
        var typo = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RuleSet.parse(List.of("index=1 pas")));
        assertTrue(typo.getMessage().contains("did you mean 'pass'?"), typo.getMessage());
    }
}
