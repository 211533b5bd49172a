package dev.netlab.core.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.scenario.ScenarioException;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.scenario.ScenarioProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scenario's tcp section is read by {@link TcpText}, the function the proxy's flags use too. */
class ScenarioTcpSectionTest {

    private static String scenario(String tcp) {
        return "name: t\ntraffic:\n  profile: voip\n  duration: 1s\ntcp:\n" + tcp;
    }

    @Test
    void aTcpSectionGivesTheSettingsTheSameTextGivesThroughTcpText() {
        TcpSettings fromFile = ScenarioLoader.load("t.yaml",
                scenario("  mss: 1200\n  window: 32KiB\n  minRto: 50ms\n  cc: none\n")).tcp();
        TcpSettings.Builder flags = TcpSettings.builder();
        TcpText.read(flags, "mss", "1200");
        TcpText.read(flags, "window", "32KiB");
        TcpText.read(flags, "minRto", "50ms");
        TcpText.read(flags, "cc", "none");
        // Equal records: the file and the command line cannot mean different things by the same text.
        assertEquals(flags.build(), fromFile);
    }

    @Test
    void aMissingTcpSectionGivesTheDefaults() {
        String noTcp = "name: t\ntraffic:\n  profile: voip\n  duration: 1s\n";
        assertEquals(TcpSettings.defaults(), ScenarioLoader.load("t.yaml", noTcp).tcp());
    }

    @Test
    void unreadableValuesAreReportedAtTheirKeysAndRangesAtTheSection() {
        List<String> unreadable = problems(scenario("  mss: big\n  cc: cubic\n"));
        // Both bad values are named, each at its own line and key.
        assertEquals(2, unreadable.size(), String.join("\n", unreadable));
        assertTrue(unreadable.get(0).startsWith("t.yaml:6:8: tcp.mss: not a size: 'big'; expected "), unreadable.get(0));
        assertEquals("t.yaml:7:7: tcp.cc: cc must be newreno or none: 'cubic'", unreadable.get(1));

        List<String> outOfRange = problems(scenario("  mss: 2000\n  window: 1000\n"));
        assertEquals(List.of("t.yaml:6:3: tcp: window must be between 2000B and 1073741824B: 1000B"), outOfRange);
    }

    private static List<String> problems(String text) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("t.yaml", text));
        return e.problems().stream().map(ScenarioProblem::toString).toList();
    }
}
