package dev.netlab.simulator.run;

import dev.netlab.core.metrics.Observation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What happened to every message of one transport's run: when it was sent, when its reply first
 * came, how many extra copies came, in which order. Times are nanoseconds from the run's start.
 *
 * <p>Each client's send times are written by its sender and its arrivals by its receiver only;
 * the totals are atomic so a progress bar can read them at any time. Each send and each first
 * reply also goes to the journal (the streamed {@code messages.csv}).
 */
final class MessageLog {

    private static final long NONE = -1;

    private final int clients;
    private final int messages;
    private final long[][] sendNanos;
    private final long[][] receiveNanos;
    private final long[][] arrivalIndex;
    private final int[][] duplicates;
    private final long[] nextArrival;
    final AtomicLong sent = new AtomicLong();
    final AtomicLong replied = new AtomicLong();
    final AtomicLong corrupt = new AtomicLong();
    final AtomicLong strays = new AtomicLong();
    private final MessageJournal.Sink journal;

    MessageLog(int clients, long messagesPerClient) {
        this(clients, messagesPerClient, MessageJournal.Sink.NONE);
    }

    MessageLog(int clients, long messagesPerClient, MessageJournal.Sink journal) {
        if (messagesPerClient > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many messages per client for one run: " + messagesPerClient);
        }
        this.journal = journal;
        this.clients = clients;
        this.messages = (int) messagesPerClient;
        this.sendNanos = new long[clients][messages];
        this.receiveNanos = new long[clients][messages];
        this.arrivalIndex = new long[clients][messages];
        this.duplicates = new int[clients][messages];
        this.nextArrival = new long[clients];
        for (int c = 0; c < clients; c++) {
            Arrays.fill(sendNanos[c], NONE);
            Arrays.fill(receiveNanos[c], NONE);
        }
    }

    void sent(int client, long seq, long nanos) {
        sendNanos[client][(int) seq] = nanos;
        sent.incrementAndGet();
        journal.sent(client, seq, nanos);
    }

    /** A reply arrived; called by the client's receiver only. Unknown ids are counted as strays. */
    void arrived(int client, int receivingClient, long seq, long nanos) {
        if (client != receivingClient || seq < 0 || seq >= messages) {
            strays.incrementAndGet();
            return;
        }
        int s = (int) seq;
        if (receiveNanos[client][s] != NONE) {
            duplicates[client][s]++;
            return;
        }
        receiveNanos[client][s] = nanos;
        arrivalIndex[client][s] = nextArrival[client]++;
        replied.incrementAndGet();
        journal.answered(client, seq, sendNanos[client][s], nanos, arrivalIndex[client][s]);
    }

    /** Messages sent at or after {@code fromNanos} whose reply has not come. */
    long unanswered(long fromNanos) {
        long count = 0;
        for (int c = 0; c < clients; c++) {
            for (int s = 0; s < messages; s++) {
                if (sendNanos[c][s] != NONE && sendNanos[c][s] >= fromNanos && receiveNanos[c][s] == NONE) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Whether every message sent so far has its reply. */
    boolean allReplied() {
        return replied.get() >= sent.get();
    }

    /**
     * One observation per message that was sent, client by client in sequence order, leaving out
     * the messages in flight: unanswered and sent at or after {@code inFlightFromNanos}.
     */
    List<Observation> observations(int sizeBytes, long inFlightFromNanos) {
        List<Observation> out = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            for (int s = 0; s < messages; s++) {
                long sentAt = sendNanos[c][s];
                if (sentAt == NONE) {
                    continue; // stopped before this one was sent
                }
                long at = receiveNanos[c][s];
                if (at == NONE && sentAt >= inFlightFromNanos) {
                    continue; // still on its way when the run was stopped: its fate is unknown
                }
                Observation o = at == NONE ? Observation.lost(c, s, sentAt, sizeBytes)
                        : Observation.delivered(c, s, sentAt, sizeBytes, arrivalIndex[c][s], at);
                out.add(duplicates[c][s] > 0 ? o.withDuplicates(duplicates[c][s]) : o);
            }
        }
        return out;
    }
}
