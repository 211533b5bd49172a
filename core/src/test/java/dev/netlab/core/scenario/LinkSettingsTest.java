package dev.netlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.GilbertElliottLoss;
import dev.netlab.core.engine.SettingException;
import dev.netlab.core.engine.LinkConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkSettingsTest {

    @Test
    void buildsALinkFromTheWordsOfAScenarioFile() {
        LinkConfig link = LinkSettings.parse(Map.of("loss", "5%", "delay", "20ms", "jitter", "5ms",
                "distribution", "normal", "rate", "2mbit"));
        assertEquals(0.05, ((dev.netlab.core.engine.BernoulliLoss) link.loss()).loss().fraction(), 1e-12);
        assertEquals(Duration.ofMillis(20), link.delay().delay());
        assertEquals(2_000_000, link.rate().orElseThrow().bitsPerSecond());
    }

    @Test
    void writesBackSettingsThatBuildTheSameLink() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("p", "1%");
        settings.put("r", "25%");
        settings.put("delay", "40ms");
        settings.put("jitter", "10ms");
        settings.put("distribution", "pareto");
        settings.put("reorder", "10%");
        settings.put("gap", "3");
        settings.put("duplicate", "1%");
        settings.put("corrupt", "0.5%");
        settings.put("corruptMode", "drop");
        settings.put("rate", "500kbit");
        settings.put("overhead", "28B");
        settings.put("limit", "40");
        LinkConfig link = LinkSettings.parse(settings);
        // Equal records prove that nothing was lost or changed on the way out and back in.
        assertEquals(link, LinkSettings.parse(LinkSettings.toSettings(link)));
        assertTrue(link.loss() instanceof GilbertElliottLoss);
    }

    @Test
    void aMisspeltKeyIsNamedWithTheClosestKnownOne() {
        SettingException e = assertThrows(SettingException.class, () -> LinkSettings.parse(Map.of("dealy", "20ms")));
        assertEquals("dealy", e.key());
        assertTrue(e.getMessage().contains("did you mean 'delay'?"), e.getMessage());
    }

    @Test
    void aValueOutOfRangeNamesItsKeyAndTheRange() {
        SettingException e = assertThrows(SettingException.class, () -> LinkSettings.parse(Map.of("loss", "120%")));
        assertEquals("loss", e.key());
        assertTrue(e.getMessage().contains("120%"), e.getMessage());
    }

    @Test
    void twoLossModelsAtOnceAreRejected() {
        SettingException e = assertThrows(SettingException.class,
                () -> LinkSettings.parse(Map.of("loss", "1%", "pattern", "..X")));
        assertTrue(e.getMessage().contains("choose one loss model"), e.getMessage());
    }

    @Test
    void reorderWithoutADelayIsBlamedOnReorder() {
        SettingException e = assertThrows(SettingException.class, () -> LinkSettings.parse(Map.of("reorder", "10%")));
        assertEquals("reorder", e.key());
        assertTrue(e.getMessage().contains("needs a delay"), e.getMessage());
    }

    @Test
    void describesALinkInOneLine() {
        assertEquals("none", LinkSettings.describe(LinkConfig.TRANSPARENT));
        assertEquals("loss 10%, delay 20ms", LinkSettings.describe(LinkSettings.parse(Map.of("loss", "10%", "delay", "20ms"))));
    }
}
