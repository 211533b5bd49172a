package dev.netlab.core.engine;

import java.util.Locale;

/** Why a packet was not delivered. */
public enum DropReason {
    /** A loss model (Bernoulli, Gilbert-Elliott or pattern) dropped it. */
    LOSS,
    /** It was corrupted with {@code corruptMode: drop}: the receiver's checksum would discard it. */
    CORRUPT,
    /** The link queue was full when it arrived (tail drop). */
    QUEUE_FULL,
    /** The link was down ({@code down: true}). */
    DOWN,
    /** A targeted rule ({@code drop}) picked it; the ledger's reason names the rule, for example {@code rule 1 drop}. */
    RULE;

    /** The name written in the ledger, for example {@code queue-full}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
