package dev.netlab.lab.cli.option;

import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.traffic.Traffic;
import dev.netlab.lab.cli.console.BadInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that change a scenario for one run; shared by {@code run} and {@code sweep}. */
public final class RunOptions {

    @Option(names = "--seed", paramLabel = "N", description = "Use this seed instead of the scenario's.")
    public Long seed;

    @Option(names = "--transports", paramLabel = "LIST", split = ",",
            description = "Which transports to run, for example udp or udp,tcp (default: the scenario's).")
    public List<String> transports;

    @Option(names = "--clients", paramLabel = "N", description = "Number of clients (default: the scenario's).")
    public Integer clients;

    @Option(names = "--duration", paramLabel = "DURATION", converter = Converters.SendingTime.class,
            description = "How long the clients send, for example 5s, at most 1h (default: the scenario's).")
    public Duration duration;

    @Option(names = "--quiet", description = "No progress bar; only the results.")
    public boolean quiet;

    /** The scenario with these options applied. */
    public Scenario apply(Scenario scenario) {
        Scenario s = scenario;
        if (seed != null) {
            if (seed < 0) {
                throw new BadInputException("--seed must be 0 or more: " + seed);
            }
            s = s.withSeed(seed);
        }
        if (transports != null) {
            List<Transport> chosen = new ArrayList<>();
            for (String t : transports) {
                try {
                    Transport parsed = Transport.parse(t);
                    if (!chosen.contains(parsed)) {
                        chosen.add(parsed);
                    }
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("--transports: " + e.getMessage());
                }
            }
            s = s.withTransports(chosen);
        }
        try {
            // A concurrent scenario gets the change in both transports' traffic and stays concurrent.
            return s.withEachTraffic(this::applyTo);
        } catch (IllegalArgumentException e) {
            throw new BadInputException((clients != null ? "--clients: " : "--duration: ") + e.getMessage());
        }
    }

    private Traffic applyTo(Traffic traffic) {
        Traffic out = traffic;
        if (clients != null) {
            out = out.withClients(clients);
        }
        if (duration != null) {
            out = out.withDuration(duration);
        }
        return out;
    }
}
