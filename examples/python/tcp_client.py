# The lecture notes' TCP client (typos fixed). Usage: python3 tcp_client.py [port]
import sys
from socket import *

serverName = 'localhost'
serverPort = int(sys.argv[1]) if len(sys.argv) > 1 else 2105

clientSocket = socket(AF_INET, SOCK_STREAM)
clientSocket.settimeout(10)  # TCP resends lost segments itself; this only bounds the wait for a dead server
clientSocket.connect((serverName, serverPort))  # establish a TCP connection with the server

message = input('Enter a message: ')

clientSocket.send(message.encode())  # no need to attach server name and port

try:
    receivedMsg = clientSocket.recv(2048)
    print('from server:', receivedMsg.decode())
except timeout:
    print('no reply within 10 s (is the server still running?)')

clientSocket.close()
