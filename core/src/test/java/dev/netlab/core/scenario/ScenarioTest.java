package dev.netlab.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.SettingException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final String HANDOVER = """
            name: handover
            traffic: {profile: voip, count: 10}
            link: {delay: 20ms, loss: 1%}
            phases:
              - {name: outage, from: 1s, to: 2s, link: {down: true}}
              - {name: slow, from: 3s, to: 4s, uplink: {delay: 200ms}}
            """;

    @Test
    void aChangedSettingReachesThePhasesThatInheritedItAndSparesTheOnesThatSetTheirOwn() {
        Scenario s = ScenarioLoader.load("handover.yaml", HANDOVER).withLinkSetting(Direction.UPLINK, "delay", "50ms");
        assertEquals("50ms", s.uplinkSettings().get("delay"));
        assertEquals(Duration.ofMillis(50), s.uplink().delay().delay(), "the link is rebuilt, not only its text");
        assertEquals(Duration.ofMillis(20), s.downlink().delay().delay(), "the other direction is untouched");
        // The outage inherited the delay, so it follows; the slow phase set its own, so it keeps it.
        assertEquals(Duration.ofMillis(50), s.phases().get(0).uplink().delay().delay());
        assertTrue(s.phases().get(0).uplink().down());
        assertEquals(Duration.ofMillis(200), s.phases().get(1).uplink().delay().delay());
    }

    @Test
    void aValueTheLinkRejectsNamesItsSetting() {
        Scenario s = ScenarioLoader.load("handover.yaml", HANDOVER);
        SettingException e = assertThrows(SettingException.class, () -> s.withLinkSetting(Direction.DOWNLINK, "loss", "120%"));
        assertEquals("loss", e.key());
    }
}
