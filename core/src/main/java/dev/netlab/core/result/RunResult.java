package dev.netlab.core.result;

import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a run measured.
 *
 * @param scenario   the scenario as run, seed included
 * @param transports per transport, in the order they ran
 * @param partial    true when the run was stopped early (Ctrl-C): what is here was measured, but not all was sent
 */
public record RunResult(Scenario scenario, Map<Transport, TransportResult> transports, boolean partial) {

    /** Copies the map, keeping the order the transports ran in. */
    public RunResult {
        transports = Collections.unmodifiableMap(new LinkedHashMap<>(transports));
    }
}
