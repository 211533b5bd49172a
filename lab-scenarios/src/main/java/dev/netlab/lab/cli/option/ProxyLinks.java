package dev.netlab.lab.cli.option;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.LinkConfig;
import dev.netlab.core.rule.RuleException;
import dev.netlab.core.rule.RuleProblem;
import dev.netlab.core.rule.RuleSet;
import dev.netlab.core.scenario.LinkSettings;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.units.Durations;
import dev.netlab.lab.cli.console.BadInputException;
import dev.netlab.lab.cli.console.Io;
import dev.netlab.simulator.proxy.ProxySpec;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ParseResult;

/**
 * What a proxy does to packets: the impairment flags, or a scenario's link and seed
 * ({@code --scenario}), never both; and the rules: the scenario's, then those of {@code --rule}.
 *
 * @param links    the link of each direction
 * @param seed     the run's seed: {@code --seed}, else the scenario's, else a random one
 * @param scenario the scenario when one was given, for its phases
 * @param rules    the scenario's rules followed by the {@code --rule} flags', numbered in that order
 */
public record ProxyLinks(Map<Direction, LinkConfig> links, long seed, Optional<Scenario> scenario, RuleSet rules) {

    /** Links without rules. */
    public ProxyLinks(Map<Direction, LinkConfig> links, long seed, Optional<Scenario> scenario) {
        this(links, seed, scenario, RuleSet.NONE);
    }

    /** The {@code --rule} flags read, or one line naming the first bad rule, its column and what is allowed. */
    static RuleSet ruleFlags(List<String> texts) {
        try {
            return RuleSet.parse(texts);
        } catch (RuleException e) {
            RuleProblem p = e.problems().get(0);
            throw new BadInputException("--rule '" + p.text() + "', column " + p.column() + ": " + p.message(), e);
        }
    }

    public static ProxyLinks of(ProxyOptions options, ParseResult parsed) {
        RuleSet flags = ruleFlags(options.rules);
        if (options.scenario == null) {
            long seed = options.seed != null ? options.seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
            return new ProxyLinks(ImpairmentFlags.links(parsed), seed, Optional.empty(), flags);
        }
        if (ImpairmentFlags.any(parsed)) {
            throw new BadInputException("--scenario and impairment flags are alternatives: put the settings in the "
                    + "scenario file, or leave --scenario out");
        }
        Scenario s = Scenarios.load(options.scenario);
        Map<Direction, LinkConfig> links = new EnumMap<>(Direction.class);
        links.put(Direction.UPLINK, s.uplink());
        links.put(Direction.DOWNLINK, s.downlink());
        return new ProxyLinks(links, options.seed != null ? options.seed : s.seed(), Optional.of(s),
                s.rules().then(flags));
    }

    /** The proxy to start: the links, the seed, the scenario's phases and the ledger file. */
    public ProxySpec spec(ProxyOptions options) {
        ProxySpec spec = ProxySpec.of(options.front(), options.target)
                .withLinks(links.get(Direction.UPLINK), links.get(Direction.DOWNLINK))
                .withSeed(seed)
                .withPhases(scenario.map(Scenario::phases).orElse(List.of()))
                .withRules(rules);
        spec = options.capture().map(spec::withCapture).orElse(spec);
        return options.ledger == null ? spec : spec.withLedgerFile(options.ledger);
    }

    /** Prints the link of each direction. */
    public void printLinks(Io io) {
        io.out().println("  uplink   (client -> server): " + LinkSettings.describe(links.get(Direction.UPLINK)));
        io.out().println("  downlink (server -> client): " + LinkSettings.describe(links.get(Direction.DOWNLINK)));
        rules.rules().forEach(r -> io.out().println("  rule " + r.number() + ": " + r.text()));
    }

    /** Prints the scenario's phases, one line each. */
    public void printPhases(Io io) {
        scenario.ifPresent(sc -> sc.phases().forEach(p -> io.out().println("  phase " + p.name() + " from "
                + Durations.format(p.from()) + " to " + Durations.format(p.to()) + ": uplink "
                + LinkSettings.describe(p.uplink()) + "; downlink " + LinkSettings.describe(p.downlink()))));
    }
}
