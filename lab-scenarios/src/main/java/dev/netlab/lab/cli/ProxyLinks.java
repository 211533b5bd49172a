package dev.netlab.lab.cli;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.scenario.Scenario;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ParseResult;

/**
 * What a proxy does to packets: the impairment flags, or a scenario's link and seed
 * ({@code --scenario}), never both.
 *
 * @param links    the link of each direction
 * @param seed     the run's seed: {@code --seed}, else the scenario's, else a random one
 * @param scenario the scenario when one was given, for its phases
 */
record ProxyLinks(Map<Direction, LinkConfig> links, long seed, Optional<Scenario> scenario) {

    static ProxyLinks of(ProxyOptions options, ParseResult parsed) {
        if (options.scenario == null) {
            long seed = options.seed != null ? options.seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
            return new ProxyLinks(ImpairmentFlags.links(parsed), seed, Optional.empty());
        }
        if (ImpairmentFlags.any(parsed)) {
            throw new BadInputException("--scenario and impairment flags are alternatives: put the settings in the "
                    + "scenario file, or leave --scenario out");
        }
        Scenario s = Scenarios.load(options.scenario);
        Map<Direction, LinkConfig> links = new EnumMap<>(Direction.class);
        links.put(Direction.UPLINK, s.uplink());
        links.put(Direction.DOWNLINK, s.downlink());
        return new ProxyLinks(links, options.seed != null ? options.seed : s.seed(), Optional.of(s));
    }
}
