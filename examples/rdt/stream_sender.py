# For `netlab check --transport tcp`: the whole file over one TCP connection. TCP itself makes the
# transfer reliable; the check measures what that cost through the emulated lossy path.
# Usage: python3 stream_sender.py HOST PORT INPUT_FILE
import socket
import sys


def main():
    host, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, 'rb') as f:
        data = f.read()
    with socket.create_connection((host, port)) as sock:
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)   # end of file: the receiver reads until this
        sock.recv(1)                    # wait for the receiver to close: everything arrived
    print('sent %d bytes' % len(data))


if __name__ == '__main__':
    main()
