package dev.netlab.core.result;

import dev.netlab.core.engine.LedgerCounters;
import dev.netlab.core.metrics.Observation;
import dev.netlab.core.metrics.TransportSummary;
import dev.netlab.core.scenario.Transport;
import java.util.List;
import java.util.Optional;

/**
 * What one transport did in a run.
 *
 * @param transport      UDP or TCP
 * @param observations   one per message sent, in client and sequence order; times from the run's start
 * @param summary        the metrics over the observations
 * @param ledger         what the impairment engine did, per direction
 * @param relayCapDrops  datagrams the relay itself dropped at its cap on queued bytes (UDP)
 * @param corruptReplies replies that arrived damaged and were discarded by the client's probe check
 * @param tcp            for TCP: what reliability cost
 * @param cwnd           for TCP: the congestion windows over time
 * @param timing         the run's own timing error, real sending time and messages in flight at a stop
 * @param notRelayed     what the UDP relay lost outside the engine: its own drops and the kernel's
 *                       ({@link NotRelayed#NONE} for TCP)
 */
public record TransportResult(Transport transport, List<Observation> observations, TransportSummary summary,
        LedgerCounters ledger, long relayCapDrops, long corruptReplies, Optional<TcpCost> tcp, List<CwndPoint> cwnd,
        TransportTiming timing, NotRelayed notRelayed) {

    /** Copies the lists. */
    public TransportResult {
        observations = List.copyOf(observations);
        cwnd = List.copyOf(cwnd);
        java.util.Objects.requireNonNull(notRelayed, "notRelayed");
    }

    /** A result with nothing lost outside the engine ({@link NotRelayed#NONE}). */
    public TransportResult(Transport transport, List<Observation> observations, TransportSummary summary,
            LedgerCounters ledger, long relayCapDrops, long corruptReplies, Optional<TcpCost> tcp, List<CwndPoint> cwnd,
            TransportTiming timing) {
        this(transport, observations, summary, ledger, relayCapDrops, corruptReplies, tcp, cwnd, timing, NotRelayed.NONE);
    }

    /** A result whose timing was not measured ({@link TransportTiming#UNKNOWN}). */
    public TransportResult(Transport transport, List<Observation> observations, TransportSummary summary,
            LedgerCounters ledger, long relayCapDrops, long corruptReplies, Optional<TcpCost> tcp, List<CwndPoint> cwnd) {
        this(transport, observations, summary, ledger, relayCapDrops, corruptReplies, tcp, cwnd, TransportTiming.UNKNOWN);
    }
}
