package dev.netlab.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.units.ByteSize;
import dev.netlab.core.units.DataRate;
import dev.netlab.core.units.Durations;
import dev.netlab.core.units.Percent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LinkConfigTest {

    @Test
    void validationMessagesNameTheSettingTheValueAndTheRange() {
        // Each message must let a student fix the scenario file without reading code.
        assertMessage("loss must be between 0% and 100%: 120%",
                () -> LinkConfig.builder().loss(Percent.parse("120%")).build());
        assertMessage("duplicate must be between 0% and 100%: 150%",
                () -> LinkConfig.builder().duplicate(Percent.parse("150%")).build());
        assertMessage("corrupt must be between 0% and 100%: 101%", () -> new Corrupt(Percent.of(101), CorruptMode.DROP));
        assertMessage("p must be between 0% and 100%: 200%", () -> new GilbertElliottLoss(Percent.of(200), Percent.ZERO));
        assertMessage("delay must be between 0ms and 1h: -5ms",
                () -> LinkConfig.builder().delay(Duration.ofMillis(-5)).build());
        assertMessage("jitter must be between 0ms and 1h: 7200s",
                () -> LinkConfig.builder().jitter(Duration.ofHours(2)).build());
        assertMessage("gap must be between 1 and 1000000 packets: 0", () -> new Reorder(Percent.of(10), 0));
        assertMessage("limit must be between 1 and 10000000 packets: 0",
                () -> LinkConfig.builder().rate(DataRate.parse("1mbit")).limit(0).build());
        assertMessage("overhead must be between 0B and 65535B: 100KB",
                () -> LinkConfig.builder().rate(DataRate.parse("1mbit")).overhead(ByteSize.parse("100KB")).build());
        assertMessage("pattern must be one or more of '.' (deliver) and 'X' (drop), for example \"..X..XX.\": '..Y'",
                () -> new PatternLoss("..Y"));
    }

    @Test
    void reorderWithoutADelayIsRejectedBecauseThereIsNothingToOvertake() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinkConfig.builder().reorder(Percent.parse("10%")).build());
        // The message must say why, not only that.
        assertTrue(e.getMessage().contains("needs a delay") && e.getMessage().contains("nothing to overtake"),
                e.getMessage());
    }

    @Test
    void aLimitWithoutARateIsRejectedBecauseNoQueueCanForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinkConfig.builder().limit(100).build());
        assertTrue(e.getMessage().contains("needs a rate"), e.getMessage());
    }

    @Test
    void theCommandLineExampleBuildsFromItsStrings() {
        // --loss 5% --delay 20ms --jitter 5ms --distribution normal --reorder 10% --duplicate 1%
        // --corrupt 0.5% --rate 10mbit --limit 1000: each string through its parser, then the builder.
        LinkConfig config = LinkConfig.builder()
                .loss(Percent.parse("5%")).delay(Durations.parse("20ms")).jitter(Durations.parse("5ms"))
                .distribution(DelayDistribution.parse("normal")).reorder(Percent.parse("10%"))
                .duplicate(Percent.parse("1%")).corrupt(Percent.parse("0.5%")).rate(DataRate.parse("10mbit"))
                .limit(1000).build();
        assertEquals(1000, config.queueLimitPackets().getAsInt());
        assertEquals(List.of("loss", "duplicate", "corrupt", "delay", "reorder", "rate"),
                config.chain().stream().map(Impairment::name).toList(), "the chain order of Stage's diagram");
        assertEquals(config, config.toBuilder().build(), "toBuilder loses nothing");
    }

    @Test
    void nothingConfiguredIsTransparentAndHasAnEmptyChain() {
        // Zero percentages, zero delay and no rate must all count as "nothing", so relays take the fast path.
        LinkConfig zeros = LinkConfig.builder().loss(Percent.ZERO).duplicate(Percent.ZERO).corrupt(Percent.ZERO)
                .delay(Duration.ZERO).build();
        assertTrue(zeros.isTransparent());
        assertTrue(zeros.chain().isEmpty());
    }

    private static void assertMessage(String expected, Executable build) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, build).getMessage());
    }
}
