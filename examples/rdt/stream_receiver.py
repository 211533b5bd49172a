# For `netlab check --transport tcp`: accepts one connection and writes what it reads until the
# sender closes its side.
# Usage: python3 stream_receiver.py PORT OUTPUT_FILE
import socket
import sys


def main():
    port, path = int(sys.argv[1]), sys.argv[2]
    received = 0
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server, open(path, 'wb') as out:
        server.bind(('127.0.0.1', port))
        server.listen(1)
        conn, _ = server.accept()
        with conn:
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                out.write(chunk)
                received += len(chunk)
    print('received %d bytes' % received)


if __name__ == '__main__':
    main()
