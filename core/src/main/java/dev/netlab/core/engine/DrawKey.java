package dev.netlab.core.engine;

/**
 * What a keyed packet's fate is drawn by (see {@link ImpairmentEngine#process(Packet, DrawKey)}): its
 * place in its flow's stream and its transmission number. The TCP emulation keys each transmission
 * by the place of its segment's first byte and counts transmissions from 1 (the first send), so a
 * segment meets the same draws in every run, however many transmissions timing put before it.
 *
 * <p>Stateful models read the transmission number too: only first transmissions advance their state,
 * in the order they are processed (stream order for TCP); a retransmission's outcome follows from its
 * own segment's first transmission and its number, and changes nothing, so it does not depend on how
 * many new packets went before it (see {@link GilbertElliottLoss}, {@link PatternLoss}, {@link Reorder}).
 *
 * @param position the packet's place in its flow and direction, for example the first byte's stream offset
 * @param transmission 1 for a first transmission, 2 for its first retransmission, and so on
 */
public record DrawKey(long position, int transmission) {

    /** Checks the transmission number counts from 1. */
    public DrawKey {
        if (transmission < 1) {
            throw new IllegalArgumentException("transmission number must be 1 or more: " + transmission);
        }
    }

    /** Whether this is a first transmission, the kind that advances a stateful model. */
    public boolean first() {
        return transmission == 1;
    }

    /** One number for the draws: distinct for distinct keys in practice (a 64-bit multiplicative hash). */
    long mixed() {
        return position * 0x9E3779B97F4A7C15L + transmission;
    }
}
