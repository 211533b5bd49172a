package dev.netlab.core.engine;

import java.util.Locale;

/** What the engine did, one ledger row per action. A delivered copy gets {@link #FORWARDED}. */
public enum Action {
    /** A copy left the relay (original or duplicate). */
    FORWARDED,
    /** A copy was dropped by a loss model, or by the checksum in corrupt drop mode. */
    DROPPED,
    /** An extra copy was made; it gets its own later rows. */
    DUPLICATED,
    /** A copy was corrupted (one bit flipped, or dropped in drop mode, then also {@link #DROPPED}). */
    CORRUPTED,
    /** A copy skipped the delay. */
    REORDERED,
    /** A copy was tail-dropped because the link queue was full. */
    QUEUE_DROP,
    /** A copy was dropped because the link was down. */
    DOWN;

    /** The name written in the ledger, for example {@code queue-drop}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
