package dev.netlab.core.result;

import dev.netlab.core.engine.Direction;
import dev.netlab.core.engine.QueueTotals;
import dev.netlab.core.scenario.Scenario;
import dev.netlab.core.scenario.Transport;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a run measured.
 *
 * @param scenario   the scenario as run, seed included
 * @param transports per transport, in the order they ran
 * @param partial    true when the run was stopped early (Ctrl-C): what is here was measured, but not all was sent
 * @param sharedLink in a concurrent run ({@link Scenario#isConcurrent()}), what the link's shared rate queue of
 *                   each direction took and tail-dropped, counting both transports' packets: each transport's
 *                   own queue drops are its ledger's ({@link TransportResult#ledger()}), and the transports'
 *                   drops of a direction sum to the {@code dropped} here. Empty when the transports ran in turn
 *                   (each then had its own queue) or the link has no shared rate queue in either direction
 */
public record RunResult(Scenario scenario, Map<Transport, TransportResult> transports, boolean partial,
        Map<Direction, QueueTotals> sharedLink) {

    /** Copies the maps, keeping the order the transports ran in. */
    public RunResult {
        transports = Collections.unmodifiableMap(new LinkedHashMap<>(transports));
        sharedLink = sharedLink.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(sharedLink));
    }

    /** A run whose transports ran in turn, each on a link of its own: no shared link totals. */
    public RunResult(Scenario scenario, Map<Transport, TransportResult> transports, boolean partial) {
        this(scenario, transports, partial, Map.of());
    }
}
