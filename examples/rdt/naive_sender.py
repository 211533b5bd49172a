# A deliberately naive sender: each chunk is sent once and never again. It waits a little for an
# ACK only to pace itself. It works on a perfect channel and loses data on any other.
# Usage: python3 naive_sender.py HOST PORT INPUT_FILE
import socket
import sys

from rdt_packet import CHUNK, DATA, FIN, pack

WAIT_S = 0.1


def main():
    host, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, 'rb') as f:
        data = f.read()
    seq = 0
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(WAIT_S)
        for offset in range(0, len(data), CHUNK):
            sock.sendto(pack(DATA, seq, data[offset:offset + CHUNK]), (host, port))
            try:
                sock.recvfrom(2048)   # whatever comes back, and if nothing does: go on anyway
            except socket.timeout:
                pass
            seq ^= 1
        sock.sendto(pack(FIN, seq), (host, port))


if __name__ == '__main__':
    main()
