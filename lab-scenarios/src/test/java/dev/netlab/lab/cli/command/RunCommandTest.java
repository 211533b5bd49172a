package dev.netlab.lab.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.result.RunResult;
import dev.netlab.core.result.TimingError;
import dev.netlab.core.result.TransportResult;
import dev.netlab.core.result.TransportTiming;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.ScenarioLoader;
import dev.netlab.core.scenario.Transport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunCommandTest {

    @Test
    void aStoppedRunSaysHowLongEachTransportReallySentAndWhichNeverRan() {
        // UDP stopped at 5.7 s of a planned 10 s with 3 messages on their way; TCP never started.
        Scenario scenario = ScenarioLoader.load("s.yaml", """
                name: s
                traffic: {profile: game, interval: 10ms, duration: 10s}
                link: {delay: 10ms}
                """);
        List<Observation> none = List.of();
        TransportResult udp = new TransportResult(Transport.UDP, none, TransportSummary.of(none, Long.MAX_VALUE),
                new LedgerCounters(Map.of(), Map.of()), 0, 0, Optional.empty(), List.of(),
                new TransportTiming(5_700, 3, TimingError.NONE, TimingError.NONE));
        RunResult result = new RunResult(scenario, Map.of(Transport.UDP, udp), true);
        assertEquals("stopped early (Ctrl-C), of the planned 10.0 s per transport: UDP sent for 5.7 s, 3 in flight"
                + " (not lost); TCP did not run", RunCommand.stoppedEarly(scenario, result));
    }

    @Test
    void aTcpRunAtItsWaitCapWarnsThatItsUnansweredMessagesWereNotDeliveredNotLost() {
        // Hand-made: TCP reached the cap with 4 messages unanswered; the drain is 0.5 s (the floor), the cap 60.5 s.
        Scenario scenario = ScenarioLoader.load("s.yaml", """
                name: s
                traffic: {profile: chat, duration: 3s}
                transports: [tcp]
                drain: 0s
                """);
        List<Observation> none = List.of();
        TransportResult tcp = new TransportResult(Transport.TCP, none, TransportSummary.of(none, Long.MAX_VALUE),
                new LedgerCounters(Map.of(), Map.of()), 0, 0, Optional.empty(), List.of(),
                new TransportTiming(2_500, 4, TimingError.NONE, TimingError.NONE, true));
        assertEquals("warning: TCP reached its wait cap (60.5 s after its last message: the drain plus 60 s) with 4"
                + " message(s) not delivered before the run ended; they count as in flight, not as lost, and the"
                + " delivered share and round trips leave them out", RunCommand.waitCapWarning(scenario, tcp));
    }

    @Test
    void udpSharingTheQueueWithTcpGetsNoTheoryToCompareWith() {
        // Hand-made: 3 of 4 datagrams back. The theory cannot know UDP's share of a queue TCP fills,
        // so the sentence must not weigh the run against one (a theory of 0 queue drops would call it an outlier).
        Scenario scenario = ScenarioLoader.load("s.yaml", """
                name: s
                concurrent:
                  udp: {profile: cbr, rate: 1.6mbit, duration: 1s}
                  tcp: {profile: bulk, duration: 1s}
                link: {delay: 10ms, rate: 2mbit, limit: 30}
                """);
        List<Observation> four = List.of(Observation.delivered(1, 0, 0, 1000, 0, 30_000_000),
                Observation.delivered(1, 1, 5_000_000, 1000, 1, 35_000_000), Observation.lost(1, 2, 10_000_000, 1000),
                Observation.delivered(1, 3, 15_000_000, 1000, 2, 45_000_000));
        TransportResult udp = new TransportResult(Transport.UDP, four, TransportSummary.of(four, Long.MAX_VALUE),
                new LedgerCounters(Map.of(), Map.of()), 0, 0, Optional.empty(), List.of(),
                new TransportTiming(15, 0, TimingError.NONE, TimingError.NONE));
        assertEquals("UDP delivered 75.0%; no theory to compare with: UDP shares the link's queue with TCP, and how"
                + " the two split it has no closed form (docs/impairments.md)", RunCommand.udpAgainstTheory(scenario, udp));
    }
}
