package dev.netlab.core.engine;

/** Counts every decision and, unless the sink is {@link LedgerSink#NONE}, writes it as an entry. */
final class Recorder {
    private final LedgerSink sink;
    private final LedgerCounters.Live counters = new LedgerCounters.Live();

    Recorder(LedgerSink sink) {
        this.sink = sink;
    }

    void log(Packet packet, Copy copy, Action action, long delayNanos, String reason) {
        counters.increment(packet.direction(), action);
        if (sink != LedgerSink.NONE) {
            sink.record(new LedgerEntry(packet.arrivalNanos(), packet.flow(), packet.direction(), packet.index(),
                    copy.is(Delivery.Mark.DUPLICATE) ? 1 : 0, packet.sizeBytes(), action, delayNanos, reason));
        }
    }

    LedgerCounters snapshot() {
        return counters.snapshot();
    }
}
