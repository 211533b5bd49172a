/**
 * Honest TCP: the socket-free emulation behind netlab's {@code TcpRelay}, on virtual time.
 *
 * <p>An in-JVM relay cannot drop a segment inside the kernel's TCP connection, and dropping bytes
 * would corrupt the stream. So the relay reads bytes from the source socket and gives them to a
 * {@link dev.netlab.simulator.tcp.TcpPath} (one per direction of a connection), which does what
 * TCP would: cuts segments of at most one MSS, passes each transmission through the impairment
 * engine, retransmits what the engine lost, delivers strictly in order and limits bytes in
 * flight. The application sees TCP's contract — every byte, in order, later — and the
 * {@link dev.netlab.simulator.tcp.TcpPathStats} and the {@link dev.netlab.simulator.tcp.TcpLedgerSink
 * ledger} show what it cost. Before data flows, {@link dev.netlab.simulator.tcp.Handshake} runs the
 * SYN / SYN-ACK exchange through the engine. Its settings are {@link dev.netlab.core.tcp.TcpSettings},
 * read from scenarios and flags in {@code core}.
 *
 * <p>Only the emulation lives here, on virtual time: no sockets, threads or clock (those are the
 * TCP relay's), and no settings parsing (that is {@code dev.netlab.core.tcp}).
 *
 * <h2>What is emulated</h2>
 * <ul>
 *   <li>Segments of at most {@code mss} bytes; every transmission (first or retransmission) is
 *       one engine packet with the next index of its (flow, direction): SYNs take uplink indices
 *       0, 1, ..., SYN-ACKs downlink indices 0, 1, ..., data follows. A data transmission's fate is
 *       drawn by the place of its segment's first byte in the stream and its transmission number,
 *       not by how many transmissions came before, and stateful models (Gilbert-Elliott, pattern,
 *       reorder gap) advance on first transmissions only: how many spurious retransmissions timing
 *       caused does not change other segments' fates. With {@code lineSegments} (measured runs) each
 *       line is its own segment, so how the relay's reads cut the bytes does not either.</li>
 *   <li>A corrupted copy is lost (the receiving TCP's checksum); a duplicate copy is discarded by
 *       the receiver and acknowledged again.</li>
 *   <li>Cumulative ACK per arriving segment, reaching the sender after {@code ackDelay}.</li>
 *   <li>Loss recovery behind {@code LossRecovery}, one class per algorithm: {@code NewRenoRecovery}
 *       retransmits on the third duplicate ACK and on NewReno partial ACKs (RFC 6582). The path
 *       keeps the retransmission timer of RFC 6298 with Karn's rule and doubling backoff.</li>
 *   <li>NewReno congestion control (RFC 5681) in {@code CongestionWindow}: initial window 10
 *       segments, slow start, congestion avoidance, halving, one segment after a timeout;
 *       {@code cc none} turns it off.</li>
 *   <li>Flow control: bytes in flight at most min(cwnd, window); the send buffer bounds what
 *       {@code offer} accepts, so the relay stops reading and the real sender's socket blocks.</li>
 * </ul>
 *
 * <h2>What is not, and why</h2>
 * <ul>
 *   <li>ACKs are not impaired: they take the reverse link's base delay, no loss, jitter or rate.
 *       Losing ACKs matters far less to TCP than losing data (cumulative ACKs cover each other),
 *       and impairing them would need the reverse path's indices, shared with its own data.</li>
 *   <li>No SACK: recovery repairs one hole per round trip, as NewReno without SACK does. After a
 *       timeout only the first hole is resent and later holes on partial ACKs, instead of Linux's
 *       go-back-N of everything not SACKed; so on a FIFO link every retransmission repairs a real
 *       loss. Reordering and duplicates can cause spurious fast retransmits, as in real TCP.</li>
 *   <li>No delayed ACKs, no Nagle, no F-RTO, no window scaling limits, no receive-window
 *       shrinking when the destination reads slowly, no FIN exchange (the relay closes when
 *       {@code isDrained()}), segment boundaries fixed at first transmission. With
 *       {@code lineSegments} queued lines are not coalesced when the window opens, as a real stack
 *       would: the price of a cut that repeats.</li>
 *   <li>The engine sees the payload size only; add per-packet header bytes with the link's
 *       {@code overhead} when a rate matters.</li>
 * </ul>
 */
package dev.netlab.simulator.tcp;
