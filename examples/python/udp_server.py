# The lecture notes' UDP upper-case server (typos fixed). Usage: python3 udp_server.py [port]
import sys
from socket import *

serverPort = int(sys.argv[1]) if len(sys.argv) > 1 else 2105

serverSocket = socket(AF_INET, SOCK_DGRAM)
serverSocket.bind(('', serverPort))
print('The server is ready to receive', flush=True)

while True:
    # clientAddress = (IP address, port number)
    message, clientAddress = serverSocket.recvfrom(2048)
    modifiedMessage = message.decode(errors='replace').upper()
    serverSocket.sendto(modifiedMessage.encode(), clientAddress)
