package dev.netlab.reports.results;

import dev.netlab.core.metrics.SampleSummary;
import dev.netlab.core.result.TransportTiming;
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
 * @param stallMs            TCP only: time spent waiting on retransmissions, milliseconds (NaN for UDP)
 * @param handshakeMs        TCP only: connection set-up time, milliseconds (NaN for UDP)
 * @param lostExplainedByLedger losses the relay's ledger accounts for; empty when not given
 * @param consistent         whether the clients' losses and the ledger's drops agree
 * @param timing             real sending time, messages in flight at a stop and the run's own timing error
 */
public record MeasuredSummary(long sent, long delivered, long lost, long duplicates, long reordered,
        double deliveryRatio, double deliveryCi95Low, double deliveryCi95High, double onTimeRatio,
        SampleSummary rttMs, double jitterMs, int reorderExtentMax, double goodputBps,
        OptionalLong retransmissions, OptionalLong timeouts, double stallMs, double handshakeMs,
        OptionalLong lostExplainedByLedger, boolean consistent, TransportTiming timing) {

    /** A summary without timing ({@link TransportTiming#UNKNOWN}), as in results written before it was measured. */
    public MeasuredSummary(long sent, long delivered, long lost, long duplicates, long reordered,
            double deliveryRatio, double deliveryCi95Low, double deliveryCi95High, double onTimeRatio,
            SampleSummary rttMs, double jitterMs, int reorderExtentMax, double goodputBps,
            OptionalLong retransmissions, OptionalLong timeouts, double stallMs, double handshakeMs,
            OptionalLong lostExplainedByLedger, boolean consistent) {
        this(sent, delivered, lost, duplicates, reordered, deliveryRatio, deliveryCi95Low, deliveryCi95High,
                onTimeRatio, rttMs, jitterMs, reorderExtentMax, goodputBps, retransmissions, timeouts, stallMs,
                handshakeMs, lostExplainedByLedger, consistent, TransportTiming.UNKNOWN);
    }

    /** Messages whose fate is known: sent minus those in flight at a stop. */
    public long settled() {
        return sent - timing.inFlight();
    }
}
