package dev.netlab.core.probe;

import java.util.Objects;

/**
 * What {@link ProbeCodec#decode} made of some bytes. Decoding never throws on bad input, so a
 * relay or client survives any datagram; it says which of three things the bytes were.
 */
public sealed interface ProbeDecoding {

    /**
     * The bytes are an intact probe.
     *
     * @param probe what they carry
     */
    record Valid(Probe probe) implements ProbeDecoding {
        /** Rejects a missing probe. */
        public Valid {
            Objects.requireNonNull(probe, "probe");
        }
    }

    /**
     * The bytes start like a probe but were damaged on the way: truncated, extended, a bit
     * flipped, a field out of range or a checksum that does not match.
     *
     * @param reason one line for a person
     */
    record Corrupted(String reason) implements ProbeDecoding {
        /** Rejects a missing reason. */
        public Corrupted {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The bytes are not a probe at all (empty, or they do not start with the probe's magic).
     *
     * @param reason one line for a person
     */
    record NotAProbe(String reason) implements ProbeDecoding {
        /** Rejects a missing reason. */
        public NotAProbe {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
