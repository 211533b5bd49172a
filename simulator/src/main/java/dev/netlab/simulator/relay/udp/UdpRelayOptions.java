package dev.netlab.simulator.relay.udp;

import dev.netlab.core.engine.ArrivalClock;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link UdpRelay} listens and forwards.
 *
 * @param listen          the front address clients send to; port 0 picks a free port
 * @param target          the server every datagram is forwarded to
 * @param idleTimeout     a client mapping unused this long is closed (default 60 s)
 * @param maxQueuedBytes  the most bytes delayed at once, both directions together; more is
 *                        tail-dropped and counted (default 64 MiB)
 * @param maxMappings     the most clients at once; a datagram from one more client is dropped,
 *                        counted and written to the ledger ({@link RelayDrop#MAPPING_CAP}) until an
 *                        idle mapping is closed (default 4096)
 * @param socketBufferBytes send and receive buffer asked of the kernel for every socket (default
 *                        4 MiB; the kernel may grant less)
 * @param arrivalClock    the arrival times the engine decides on (default {@link ArrivalClock#REAL})
 */
public record UdpRelayOptions(
        InetSocketAddress listen,
        InetSocketAddress target,
        Duration idleTimeout,
        long maxQueuedBytes,
        int maxMappings,
        int socketBufferBytes,
        ArrivalClock arrivalClock) {

    /** The default idle timeout. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** The default cap on delayed bytes. */
    public static final long DEFAULT_MAX_QUEUED_BYTES = 64L << 20;
    /** The default most clients at once. */
    public static final int DEFAULT_MAX_MAPPINGS = 4096;
    /** The default socket buffer size asked of the kernel. */
    public static final int DEFAULT_SOCKET_BUFFER_BYTES = 4 << 20;

    /** Checks the addresses are given and every limit is in its range. */
    public UdpRelayOptions {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(arrivalClock, "arrivalClock");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be above 0s: " + dev.netlab.core.units.Durations.format(idleTimeout));
        }
        if (maxQueuedBytes < 65_535) {
            throw new IllegalArgumentException("queued bytes cap must be at least 65535 bytes (one datagram): " + maxQueuedBytes);
        }
        if (maxMappings < 1) {
            throw new IllegalArgumentException("the most clients must be at least 1: " + maxMappings);
        }
        if (socketBufferBytes < 65_535) {
            throw new IllegalArgumentException("socket buffers must be at least 65535 bytes: " + socketBufferBytes);
        }
    }

    /** Defaults for everything but the two addresses. */
    public static UdpRelayOptions of(InetSocketAddress listen, InetSocketAddress target) {
        return new UdpRelayOptions(listen, target, DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_QUEUED_BYTES,
                DEFAULT_MAX_MAPPINGS, DEFAULT_SOCKET_BUFFER_BYTES, ArrivalClock.REAL);
    }

    /** The same options with another idle timeout. */
    public UdpRelayOptions withIdleTimeout(Duration timeout) {
        return new UdpRelayOptions(listen, target, timeout, maxQueuedBytes, maxMappings, socketBufferBytes, arrivalClock);
    }

    /** The same options with another most clients at once. */
    public UdpRelayOptions withMaxMappings(int most) {
        return new UdpRelayOptions(listen, target, idleTimeout, maxQueuedBytes, most, socketBufferBytes, arrivalClock);
    }

    /** The same options with another cap on delayed bytes. */
    public UdpRelayOptions withMaxQueuedBytes(long bytes) {
        return new UdpRelayOptions(listen, target, idleTimeout, bytes, maxMappings, socketBufferBytes, arrivalClock);
    }

    /** The same options with another arrival clock for the engine's decisions. */
    public UdpRelayOptions withArrivalClock(ArrivalClock clock) {
        return new UdpRelayOptions(listen, target, idleTimeout, maxQueuedBytes, maxMappings, socketBufferBytes, clock);
    }
}
