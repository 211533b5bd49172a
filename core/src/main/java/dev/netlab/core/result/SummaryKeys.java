package dev.netlab.core.result;

/**
 * The keys of {@code summary.json} (docs/results.md), named once for the writer and the reader.
 * Grouped by the object they appear in; the ledger's per-action keys are the actions' labels in
 * camel case.
 */
public final class SummaryKeys {

    // the top level
    /** {@code scenario}: the scenario object. */
    public static final String SCENARIO = "scenario";
    /** {@code partial}: whether the run stopped early. */
    public static final String PARTIAL = "partial";
    /** {@code interrupted}: whether the run was killed and {@code netlab report} rebuilt this summary from its files. */
    public static final String INTERRUPTED = "interrupted";
    /** {@code partialLinesDropped}: a rebuilt summary: torn last lines of messages.csv and ledger.csv left out. */
    public static final String PARTIAL_LINES_DROPPED = "partialLinesDropped";
    /** {@code transports}: one object per transport, keyed by its label. */
    public static final String TRANSPORTS = "transports";

    // the scenario object
    /** {@code name}: the scenario's (or a phase's) name. */
    public static final String NAME = "name";
    /** {@code description}: one line for people. */
    public static final String DESCRIPTION = "description";
    /** {@code seed}: the seed of every random draw. */
    public static final String SEED = "seed";
    /** {@code profile}: the traffic profile. */
    public static final String PROFILE = "profile";
    /** {@code clients}: clients at once. */
    public static final String CLIENTS = "clients";
    /** {@code messagesPerClient}: messages each client sends. */
    public static final String MESSAGES_PER_CLIENT = "messagesPerClient";
    /** {@code sizeBytes}: payload size. */
    public static final String SIZE_BYTES = "sizeBytes";
    /** {@code durationMs}: sending time per transport. */
    public static final String DURATION_MS = "durationMs";
    /** {@code deadlineMs}: the profile's deadline, null without one. */
    public static final String DEADLINE_MS = "deadlineMs";
    /** {@code server}: the server mode. */
    public static final String SERVER = "server";
    /** {@code uplink}: the uplink settings (also in a phase). */
    public static final String UPLINK = "uplink";
    /** {@code downlink}: the downlink settings (also in a phase). */
    public static final String DOWNLINK = "downlink";
    /** {@code phases}: the phases, in time order. */
    public static final String PHASES = "phases";
    /** {@code fromMs}: a phase's start. */
    public static final String FROM_MS = "fromMs";
    /** {@code toMs}: a phase's end. */
    public static final String TO_MS = "toMs";
    /** {@code theory}: what the settings predict. */
    public static final String THEORY = "theory";
    /**
     * {@code concurrent}: a run whose transports crossed one link at once: per transport label, its own
     * traffic ({@code profile}, {@code clients}, {@code messagesPerClient}, {@code sizeBytes},
     * {@code durationMs}, {@code deadlineMs}); null for a run whose transports ran in turn.
     */
    public static final String CONCURRENT = "concurrent";

    // the theory object
    /** {@code uplinkLossRate}: the uplink's loss rate. */
    public static final String UPLINK_LOSS_RATE = "uplinkLossRate";
    /** {@code downlinkLossRate}: the downlink's loss rate. */
    public static final String DOWNLINK_LOSS_RATE = "downlinkLossRate";
    /** {@code roundTripLossRate}: chance a request or its reply is lost. */
    public static final String ROUND_TRIP_LOSS_RATE = "roundTripLossRate";
    /** {@code meanRttMs}: mean round trip the model gives (a replay on virtual time). */
    public static final String MEAN_RTT_MS = "meanRttMs";
    /** {@code varianceInflation}: how much wider the delivered count spreads than a binomial's. */
    public static final String VARIANCE_INFLATION = "varianceInflation";

    // a transport object
    /** {@code sent}: messages sent. */
    public static final String SENT = "sent";
    /** {@code delivered}: replies received. */
    public static final String DELIVERED = "delivered";
    /** {@code lost}: sent minus delivered. */
    public static final String LOST = "lost";
    /** {@code duplicates}: extra copies received. */
    public static final String DUPLICATES = "duplicates";
    /** {@code reordered}: RFC 4737 reordered replies. */
    public static final String REORDERED = "reordered";
    /** {@code deliveryRatio}: delivered / sent. */
    public static final String DELIVERY_RATIO = "deliveryRatio";
    /** {@code deliveryRatioCi95}: the Wilson interval, [low, high]. */
    public static final String DELIVERY_RATIO_CI95 = "deliveryRatioCi95";
    /** {@code onTimeRatio}: replies within the deadline / sent. */
    public static final String ON_TIME_RATIO = "onTimeRatio";
    /** {@code rttMs}: the round-trip summary object. */
    public static final String RTT_MS = "rttMs";
    /** {@code jitterMs}: RFC 3550 jitter. */
    public static final String JITTER_MS = "jitterMs";
    /** {@code reorderExtentMax}: largest RFC 4737 extent. */
    public static final String REORDER_EXTENT_MAX = "reorderExtentMax";
    /** {@code goodputBps}: delivered payload, bits per second. */
    public static final String GOODPUT_BPS = "goodputBps";
    /** {@code clientGoodputBps}: each client's delivered payload, bits per second, by client. */
    public static final String CLIENT_GOODPUT_BPS = "clientGoodputBps";
    /** {@code jainIndex}: Jain's fairness index over {@code clientGoodputBps}. */
    public static final String JAIN_INDEX = "jainIndex";
    /** {@code retransmissions}: TCP: segments sent again. */
    public static final String RETRANSMISSIONS = "retransmissions";
    /** {@code timeouts}: TCP: timer expiries. */
    public static final String TIMEOUTS = "timeouts";
    /** {@code stallMs}: TCP, files written before issue 11: head-of-line wait; read as {@link #HOL_WAIT_MS}. */
    public static final String STALL_MS = "stallMs";
    /** {@code holWaitMs}: TCP: head-of-line wait, summed over connections and directions. */
    public static final String HOL_WAIT_MS = "holWaitMs";
    /** {@code longestHolWaitMs}: TCP: the longest single head-of-line wait. */
    public static final String LONGEST_HOL_WAIT_MS = "longestHolWaitMs";
    /** {@code timeoutWaitMs}: TCP: time lost to retransmission timeouts (expired timers' lengths). */
    public static final String TIMEOUT_WAIT_MS = "timeoutWaitMs";
    /** {@code retransmissionCauses}: TCP: the causes object. */
    public static final String RETRANSMISSION_CAUSES = "retransmissionCauses";
    /** {@code tcpPaths}: TCP: one object per connection and direction. */
    public static final String TCP_PATHS = "tcpPaths";
    /** {@code handshakeMs}: TCP: longest handshake. */
    public static final String HANDSHAKE_MS = "handshakeMs";
    /** {@code corruptReplies}: damaged replies discarded (also in consistency). */
    public static final String CORRUPT_REPLIES = "corruptReplies";
    /** {@code ledger}: the ledger's counts per direction and action. */
    public static final String LEDGER = "ledger";
    /** {@code consistency}: the lost-against-ledger check. */
    public static final String CONSISTENCY = "consistency";

    /** {@code inFlight}: messages still on their way when the run was stopped; neither delivered nor lost. */
    public static final String IN_FLIGHT = "inFlight";
    /** {@code waitCapReached}: TCP: whether the run stopped waiting for replies at its cap with messages in flight. */
    public static final String WAIT_CAP_REACHED = "waitCapReached";
    /** {@code sendingMs}: how long the transport really sent (shorter than planned when stopped). */
    public static final String SENDING_MS = "sendingMs";
    /** {@code timing}: the run's own timing error (docs/results.md, "Timing"). */
    public static final String TIMING = "timing";

    // the timing object
    /** {@code relayLateMs}: how late the relay's timer fired releases, a {@code count/p50/p99/max} object. */
    public static final String RELAY_LATE_MS = "relayLateMs";
    /** {@code pacingMs}: how late the clients sent after their planned time, a {@code count/p50/p99/max} object. */
    public static final String PACING_MS = "pacingMs";
    /** {@code count}: how many times were measured. */
    public static final String COUNT = "count";
    /** {@code disturbed}: whether a timing error's p99 passed the threshold, so RTT, jitter and on time carry host noise. */
    public static final String DISTURBED = "disturbed";
    /** {@code disturbedThresholdMs}: the p99 above which a run's timing figures are marked disturbed. */
    public static final String DISTURBED_THRESHOLD_MS = "disturbedThresholdMs";

    // the rttMs object
    /** {@code p50}: median. */
    public static final String P50 = "p50";
    /** {@code p90}: 90th percentile. */
    public static final String P90 = "p90";
    /** {@code p99}: 99th percentile. */
    public static final String P99 = "p99";
    /** {@code max}: largest. */
    public static final String MAX = "max";
    /** {@code mean}: mean. */
    public static final String MEAN = "mean";

    // the retransmissionCauses object (also in tcpPaths entries) and the tcpPaths entries
    /** {@code repairedDrops}: retransmissions resending a segment whose first transmission was lost. */
    public static final String REPAIRED_DROPS = "repairedDrops";
    /** {@code repairedLostRetransmissions}: retransmissions resending a segment whose retransmission was lost. */
    public static final String REPAIRED_LOST_RETRANSMISSIONS = "repairedLostRetransmissions";
    /** {@code spuriousFast}: fast or partial-ACK retransmissions of a segment that was not lost. */
    public static final String SPURIOUS_FAST = "spuriousFast";
    /** {@code spuriousTimeouts}: timer retransmissions of a segment that was not lost. */
    public static final String SPURIOUS_TIMEOUTS = "spuriousTimeouts";
    /** {@code lostTransmissions}: data transmissions of which no good copy reached the receiver. */
    public static final String LOST_TRANSMISSIONS = "lostTransmissions";
    /** {@code needlessLosses}: lost transmissions of segments the receiver got anyway. */
    public static final String NEEDLESS_LOSSES = "needlessLosses";
    /** {@code unrepairedLosses}: lost transmissions neither repaired nor needless. */
    public static final String UNREPAIRED_LOSSES = "unrepairedLosses";
    /** {@code flow}: a connection's flow number. */
    public static final String FLOW = "flow";
    /** {@code direction}: {@code uplink} or {@code downlink}. */
    public static final String DIRECTION = "direction";

    // the ledger and consistency objects
    /** {@code relayCapDrops}: datagrams the relay dropped at its cap. */
    public static final String RELAY_CAP_DROPS = "relayCapDrops";
    /** {@code relayDrops}: UDP: datagrams the relay itself lost outside the engine (client cap, no socket, ...). */
    public static final String RELAY_DROPS = "relayDrops";
    /** {@code lostObserved}: lost as the clients saw it. */
    public static final String LOST_OBSERVED = "lostObserved";
    /** {@code ledgerDrops}: drops the ledger recorded. */
    public static final String LEDGER_DROPS = "ledgerDrops";
    /** {@code lostExplainedByLedger}: UDP: losses the ledger accounts for. */
    public static final String LOST_EXPLAINED_BY_LEDGER = "lostExplainedByLedger";
    /** {@code kernelDrops}: UDP: datagrams the kernel dropped from the run's full socket buffers; null where unknown. */
    public static final String KERNEL_DROPS = "kernelDrops";
    /** {@code retransmissionsExplained}: TCP: the sum of the retransmissions' causes. */
    public static final String RETRANSMISSIONS_EXPLAINED = "retransmissionsExplained";
    /** {@code ok}: whether the two agree. */
    public static final String OK = "ok";
    /** {@code explanation}: the rule the check applied. */
    public static final String EXPLANATION = "explanation";

    private SummaryKeys() {
    }
}
