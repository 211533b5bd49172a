package dev.netlab.lab.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.lab.cli.CliRun;
import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.cli.console.ExitCodes;
import dev.netlab.lab.cli.option.RunOptions;
import dev.netlab.lab.scenarios.ScenarioCatalog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** list, validate and the run options with a scenario whose UDP and TCP cross the link at once. */
class ConcurrentScenarioCommandsTest {

    @Test
    void listShowsBothProfilesOfAConcurrentScenario() {
        CliRun run = CliRun.of("", "list");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("udp-vs-tcp-fairness") && l.contains(" cbr + bulk ")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("bufferbloat") && l.contains(" voip + bulk ")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("lossy-wifi") && l.contains(" voip ")), run.out());
    }

    @Test
    void validateSaysWhatEachTransportSendsAndThatTheyRunAtOnce() {
        CliRun run = CliRun.of("", "validate", "udp-vs-tcp-fairness");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        long bulk = Duration.ofSeconds(10).toNanos() / dev.netlab.core.traffic.Profile.BULK.interval().toNanos();
        assertEquals("udp-vs-tcp-fairness: ok (udp-vs-tcp-fairness, udp cbr, 2000 messages and tcp bulk, " + bulk
                + " messages at most, at the same time)", run.out().strip());
    }

    @Test
    void clientsAndDurationChangeBothTransportsTrafficAndTheScenarioStaysConcurrent() {
        RunOptions options = new RunOptions();
        options.clients = 2;
        options.duration = Duration.ofSeconds(2);
        Scenario shipped = ScenarioCatalog.load("udp-vs-tcp-fairness");
        Scenario s = options.apply(shipped);
        assertTrue(s.isConcurrent());
        for (Transport t : List.of(Transport.UDP, Transport.TCP)) {
            // Each transport keeps its own profile, size and interval; only the count of clients and messages change.
            assertEquals(shipped.traffic(t).withClients(2).withDuration(Duration.ofSeconds(2)), s.traffic(t), t + "'s traffic");
        }
        assertEquals(400, s.traffic(Transport.UDP).messages(), "2 s at one per 5 ms");
    }

    @Test
    void oneTransportOfAConcurrentScenarioRunsAloneWithItsOwnTraffic() {
        RunOptions options = new RunOptions();
        options.transports = List.of("tcp");
        Scenario s = options.apply(ScenarioCatalog.load("bufferbloat"));
        assertEquals(List.of(Transport.TCP), s.transports());
        assertEquals("bulk", s.traffic().profile().label());
    }

    @Test
    void tooManyClientsForEitherTransportIsBadInput() {
        RunOptions options = new RunOptions();
        options.clients = 201;
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> options.apply(ScenarioCatalog.load("udp-vs-tcp-fairness")));
        assertTrue(e.getMessage().startsWith("--clients: clients must be between 1 and 200"), e.getMessage());
    }
}
