package dev.netlab.reports.results;

import dev.netlab.core.metrics.ClientShares;
import dev.netlab.core.metrics.SampleSummary;
import dev.netlab.core.result.TcpCost;
import dev.netlab.core.result.TransportTiming;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One transport's measured summary from {@code summary.json}. Ratios are between 0 and 1; a
 * value that could not be measured is NaN.
 *
 * @param sent               messages sent
 * @param delivered          messages whose reply came back
 * @param lost               sent minus delivered
 * @param duplicates         extra copies received
 * @param reordered          RFC 4737 reordered replies, summed over clients
 * @param deliveryRatio      delivered / sent
 * @param deliveryCi95Low    lower end of the 95% interval of the delivery ratio (Wilson, widened for bursty losses)
 * @param deliveryCi95High   upper end of that interval
 * @param onTimeRatio        replies within the deadline / sent
 * @param rttMs              round-trip times in milliseconds
 * @param jitterMs           RFC 3550 jitter, milliseconds
 * @param reorderExtentMax   largest RFC 4737 reordering extent
 * @param goodputBps         delivered payload, bits per second
 * @param retransmissions    TCP only: segments sent again
 * @param timeouts           TCP only: retransmission timer expiries
 * @param holWaitMs          TCP only: head-of-line wait summed over connections and directions, milliseconds
 *                           (NaN for UDP; read from {@code stallMs} in files written before issue 11)
 * @param handshakeMs        TCP only: connection set-up time, milliseconds (NaN for UDP)
 * @param longestHolWaitMs   TCP only: the longest single head-of-line wait, milliseconds (NaN for UDP and old files)
 * @param timeoutWaitMs      TCP only: time lost to retransmission timeouts, milliseconds (NaN for UDP and old files)
 * @param retransmissionCauses TCP only: why segments were sent again; empty for UDP and old files
 * @param lostExplainedByLedger losses the relay's ledger accounts for; empty when not given
 * @param consistent         whether the clients' losses and the ledger's drops agree
 * @param timing             real sending time, messages in flight at a stop and the run's own timing error
 * @param kernelDrops        UDP: datagrams the kernel dropped from the run's full socket buffers, counted among
 *                           the explained losses; empty where unknown (and for TCP and older files)
 * @param clientShares       each client's goodput and Jain's fairness index over them; {@link #NO_SHARES} in older files
 */
public record MeasuredSummary(long sent, long delivered, long lost, long duplicates, long reordered,
        double deliveryRatio, double deliveryCi95Low, double deliveryCi95High, double onTimeRatio,
        SampleSummary rttMs, double jitterMs, int reorderExtentMax, double goodputBps,
        OptionalLong retransmissions, OptionalLong timeouts, double holWaitMs, double handshakeMs,
        double longestHolWaitMs, double timeoutWaitMs, Optional<TcpCost.Causes> retransmissionCauses,
        OptionalLong lostExplainedByLedger, boolean consistent, TransportTiming timing, OptionalLong kernelDrops,
        ClientShares clientShares) {

    /** The shares of a summary that has none: no clients listed, index NaN. */
    public static final ClientShares NO_SHARES = new ClientShares(List.of(), Double.NaN);

    /** Checks the causes and timing are given (empty or {@link TransportTiming#UNKNOWN} when unknown). */
    public MeasuredSummary {
        Objects.requireNonNull(retransmissionCauses, "retransmissionCauses");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(kernelDrops, "kernelDrops");
        Objects.requireNonNull(clientShares, "clientShares");
    }

    /** A summary without client shares, as files written before them give. */
    public MeasuredSummary(long sent, long delivered, long lost, long duplicates, long reordered,
            double deliveryRatio, double deliveryCi95Low, double deliveryCi95High, double onTimeRatio,
            SampleSummary rttMs, double jitterMs, int reorderExtentMax, double goodputBps,
            OptionalLong retransmissions, OptionalLong timeouts, double holWaitMs, double handshakeMs,
            double longestHolWaitMs, double timeoutWaitMs, Optional<TcpCost.Causes> retransmissionCauses,
            OptionalLong lostExplainedByLedger, boolean consistent, TransportTiming timing, OptionalLong kernelDrops) {
        this(sent, delivered, lost, duplicates, reordered, deliveryRatio, deliveryCi95Low, deliveryCi95High, onTimeRatio,
                rttMs, jitterMs, reorderExtentMax, goodputBps, retransmissions, timeouts, holWaitMs, handshakeMs,
                longestHolWaitMs, timeoutWaitMs, retransmissionCauses, lostExplainedByLedger, consistent, timing, kernelDrops,
                NO_SHARES);
    }

    /** Messages whose fate is known: sent minus those in flight at a stop. */
    public long settled() {
        return sent - timing.inFlight();
    }
}
