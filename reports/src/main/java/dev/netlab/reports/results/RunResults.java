package dev.netlab.reports.results;

import dev.netlab.core.result.CwndPoint;
import dev.netlab.core.scenario.Transport;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything one results directory holds that a report needs; read by {@link ResultsReader}.
 *
 * @param scenario     the scenario, with seed, phases and theory
 * @param partial      whether the run stopped early
 * @param summaries    the measured summary of each transport that ran, in {@link Transport} order
 * @param messages     every row of {@code messages.csv}, in file order
 * @param cwnd         TCP's rows of {@code cwnd.csv} (the only transport with a window); empty when the
 *                     file is absent
 * @param cwndPresent  whether {@code cwnd.csv} was there
 * @param scenarioYaml the text of {@code scenario.yaml}; empty when absent
 * @param interrupted  whether the run was killed and its summary rebuilt from its files (then also partial)
 */
public record RunResults(ScenarioInfo scenario, boolean partial, Map<Transport, MeasuredSummary> summaries,
        List<MessageRow> messages, List<CwndPoint> cwnd, boolean cwndPresent, Optional<String> scenarioYaml,
        boolean interrupted) {

    /** Copies the collections. */
    public RunResults {
        EnumMap<Transport, MeasuredSummary> copy = new EnumMap<>(Transport.class);
        copy.putAll(summaries);
        summaries = Collections.unmodifiableMap(copy);
        messages = List.copyOf(messages);
        cwnd = List.copyOf(cwnd);
    }

    /** The results of a run that was not interrupted. */
    public RunResults(ScenarioInfo scenario, boolean partial, Map<Transport, MeasuredSummary> summaries,
            List<MessageRow> messages, List<CwndPoint> cwnd, boolean cwndPresent, Optional<String> scenarioYaml) {
        this(scenario, partial, summaries, messages, cwnd, cwndPresent, scenarioYaml, false);
    }

    /** The transports that ran, in {@link Transport} order. */
    public List<Transport> transports() {
        return List.copyOf(summaries.keySet());
    }

    /** The message rows of one transport, in file order. */
    public List<MessageRow> messagesOf(Transport transport) {
        return messages.stream().filter(m -> m.transport() == transport).collect(Collectors.toList());
    }

    /** "Scenario NAME, seed N": the words every chart's caption starts with. */
    public String caption() {
        return "scenario " + scenario.name() + ", seed " + scenario.seed();
    }
}
