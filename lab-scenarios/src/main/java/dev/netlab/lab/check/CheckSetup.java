package dev.netlab.lab.check;

import dev.netlab.core.scenario.Transport;
import java.util.List;
import java.util.Objects;

/**
 * What every case of a check shares: the student's two programs and the transport between them.
 *
 * @param sender    run with {@code {host} {port}} pointing at the relay and {@code {in}} the input file
 * @param receiver  run with {@code {port}} to listen on and {@code {out}} the file to write
 * @param transport UDP datagrams through the UDP relay, or a TCP stream through the TCP relay
 */
public record CheckSetup(ProgramTemplate sender, ProgramTemplate receiver, Transport transport) {

    /** What the sender must use. */
    public static final List<String> SENDER_NEEDS = List.of("{port}", "{in}");
    /** What the receiver must use. */
    public static final List<String> RECEIVER_NEEDS = List.of("{port}", "{out}");

    /** Checks every part is given. */
    public CheckSetup {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(transport, "transport");
    }
}
