# A stop-and-wait (rdt 3.0) sender: one chunk at a time, each with a sequence bit and a CRC-32,
# sent again after a timeout until its ACK arrives. Damaged or stale ACKs are ignored.
# Usage: python3 saw_sender.py HOST PORT INPUT_FILE
import socket
import sys
import time

from rdt_packet import ACK, CHUNK, DATA, FIN, pack, unpack

TIMEOUT_S = 0.1    # longer than the round trip of every built-in case (at most 2 x 40 ms)
FIN_TRIES = 50     # the receiver may be gone once the file is complete: give up after 5 s


def send_reliably(sock, peer, kind, seq, payload, tries=None):
    """Sends one packet until its ACK arrives; False if `tries` ran out first."""
    packet = pack(kind, seq, payload)
    attempt = 0
    while tries is None or attempt < tries:
        attempt += 1
        sock.sendto(packet, peer)
        deadline = time.monotonic() + TIMEOUT_S
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                break  # timeout: send again
            sock.settimeout(left)
            try:
                datagram, _ = sock.recvfrom(2048)
            except socket.timeout:
                break
            reply = unpack(datagram)
            if reply is not None and reply[0] == ACK and reply[1] == seq:
                return True
            # damaged, or an ACK for the previous packet (a duplicate): keep waiting
    return False


def main():
    host, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, 'rb') as f:
        data = f.read()
    peer = (host, port)
    seq = 0
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        for offset in range(0, len(data), CHUNK):
            send_reliably(sock, peer, DATA, seq, data[offset:offset + CHUNK])
            seq ^= 1
        if not send_reliably(sock, peer, FIN, seq, b'', FIN_TRIES):
            print('no ACK for FIN after %d tries; the receiver has probably finished' % FIN_TRIES,
                  file=sys.stderr)
    print('sent %d bytes' % len(data))


if __name__ == '__main__':
    main()
