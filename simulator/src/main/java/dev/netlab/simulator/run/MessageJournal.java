package dev.netlab.simulator.run;

import dev.netlab.core.result.MessageCsvRow;
import dev.netlab.core.scenario.Transport;
import dev.netlab.core.traffic.Traffic;
import java.time.Duration;

/**
 * {@code messages.csv} while the run goes: a row when a message is sent (no reply yet) and another
 * when its reply first arrives ({@link MessageCsvRow}), in whole lines, so a run killed mid-way
 * leaves every message sent up to its last flush and every reply received by then. A finished run
 * rewrites the file with one row per message; {@code netlab report} does the same for a killed one.
 */
interface MessageJournal {

    /** Keeps nothing: for warm-ups and tests. */
    MessageJournal NONE = (transport, traffic) -> Sink.NONE;

    /** The sink for one transport's messages. */
    Sink sink(Transport transport, Traffic traffic);

    /** What one transport's message log tells the journal; called from the clients' threads. */
    interface Sink {

        /** Keeps nothing. */
        Sink NONE = new Sink() {
            @Override
            public void sent(int client, long seq, long sentNanos) {
            }

            @Override
            public void answered(int client, long seq, long sentNanos, long receivedNanos, long arrivalIndex) {
            }
        };

        /** Message {@code seq} of {@code client} went out at {@code sentNanos} from the run's start. */
        void sent(int client, long seq, long sentNanos);

        /** Its reply's first copy came at {@code receivedNanos}, the client's {@code arrivalIndex}-th reply. */
        void answered(int client, long seq, long sentNanos, long receivedNanos, long arrivalIndex);
    }

    /** A journal writing rows into {@code file}. */
    static MessageJournal into(LineFile file) {
        return (transport, traffic) -> {
            int size = traffic.sizeBytes();
            long deadline = traffic.deadline().map(Duration::toNanos).orElse(-1L);
            return new Sink() {
                @Override
                public void sent(int client, long seq, long sentNanos) {
                    file.line(MessageCsvRow.unanswered(transport, client, seq, size, sentNanos));
                }

                @Override
                public void answered(int client, long seq, long sentNanos, long receivedNanos, long arrivalIndex) {
                    file.line(MessageCsvRow.answered(transport, client, seq, size, sentNanos, receivedNanos, 0,
                            arrivalIndex, deadline));
                }
            };
        };
    }
}
