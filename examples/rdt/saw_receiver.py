# A stop-and-wait (rdt 3.0) receiver: keeps a chunk when its checksum is right and its sequence
# bit is the one expected, ACKs it, and ACKs a duplicate again (its first ACK may have been lost).
# After the FIN it stays a while to ACK a FIN sent again, because its own ACK may be lost too.
# Usage: python3 saw_receiver.py PORT OUTPUT_FILE
import socket
import sys

from rdt_packet import ACK, DATA, FIN, pack, unpack

LINGER_S = 1.0   # after the FIN: how long without a datagram before we are sure the sender is done


def main():
    port, path = int(sys.argv[1]), sys.argv[2]
    expected = 0
    received = 0
    done = False
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, open(path, 'wb') as out:
        sock.bind(('127.0.0.1', port))
        while True:
            sock.settimeout(LINGER_S if done else None)
            try:
                datagram, sender = sock.recvfrom(2048)
            except socket.timeout:
                break
            packet = unpack(datagram)
            if packet is None:
                continue  # damaged: no ACK, the sender's timeout sends it again
            kind, seq, payload = packet
            if kind == DATA and seq == expected and not done:
                out.write(payload)
                received += len(payload)
                expected ^= 1
            elif kind == FIN and seq == expected and not done:
                out.flush()
                done = True
            sock.sendto(pack(ACK, seq), sender)  # new or duplicate: ACK what arrived
    print('received %d bytes' % received)


if __name__ == '__main__':
    main()
