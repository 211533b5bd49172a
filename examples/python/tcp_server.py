# The lecture notes' TCP upper-case server (typos fixed): one client at a time, one message each.
# Usage: python3 tcp_server.py [port]
import sys
from socket import *

serverPort = int(sys.argv[1]) if len(sys.argv) > 1 else 2105

serverSocket = socket(AF_INET, SOCK_STREAM)
serverSocket.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
serverSocket.bind(('', serverPort))
serverSocket.listen(1)
print('The server is ready to receive', flush=True)

while True:
    # server blocks on accept until an incoming request arrives; a new socket is created
    connectionSocket, addr = serverSocket.accept()
    sentence = connectionSocket.recv(2048).decode(errors='replace')
    connectionSocket.send(sentence.upper().encode())
    connectionSocket.close()
