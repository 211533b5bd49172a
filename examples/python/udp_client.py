# The lecture notes' UDP client (typos fixed). Usage: python3 udp_client.py [port]
import sys
from socket import *

serverName = 'localhost'  # client, server on the same host
serverPort = int(sys.argv[1]) if len(sys.argv) > 1 else 2105

clientSocket = socket(AF_INET, SOCK_DGRAM)  # SOCK_DGRAM, not STREAM!
clientSocket.settimeout(2)  # UDP may lose the request or the reply: wait 2 s, not forever

message = input('Enter a message: ')

# send msg to server address - must encode msg to bytes
clientSocket.sendto(message.encode(), (serverName, serverPort))

# receive message from server - must decode msg to string
try:
    receivedMsg, serverAddress = clientSocket.recvfrom(2048)
    print('from server:', receivedMsg.decode())
except timeout:
    print('no reply within 2 s (lost?)')  # go on: UDP does not resend, the application decides

clientSocket.close()
