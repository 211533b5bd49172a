# A deliberately naive receiver: writes every DATA payload it gets, without looking at the
# checksum or the sequence bit, and stops at the first FIN.
# Usage: python3 naive_receiver.py PORT OUTPUT_FILE
import socket
import sys

from rdt_packet import ACK, DATA, FIN, HEADER, pack


def main():
    port, path = int(sys.argv[1]), sys.argv[2]
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, open(path, 'wb') as out:
        sock.bind(('127.0.0.1', port))
        while True:
            datagram, sender = sock.recvfrom(2048)
            kind, seq = datagram[0], datagram[1]
            sock.sendto(pack(ACK, seq), sender)
            if kind == DATA:
                out.write(datagram[HEADER.size:])
            elif kind == FIN:
                break


if __name__ == '__main__':
    main()
