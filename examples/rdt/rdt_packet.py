# The packet format both stop-and-wait examples share (saw_* and naive_*).
#
#   +------+-----+-------------+-----------------+
#   | kind | seq | CRC-32      | payload         |
#   | 1 B  | 1 B | 4 B, big-e. | 0..CHUNK bytes  |
#   +------+-----+-------------+-----------------+
#
# kind: DATA (a chunk of the file), ACK (for the DATA or FIN with the same seq), FIN (the file
# is complete). The CRC-32 covers kind, seq and payload, so a flipped bit anywhere is noticed.
import struct
import zlib

DATA, ACK, FIN = 0, 1, 2
CHUNK = 1000
HEADER = struct.Struct('!BBI')


def pack(kind, seq, payload=b''):
    crc = zlib.crc32(bytes([kind, seq]) + payload)
    return HEADER.pack(kind, seq, crc) + payload


def unpack(datagram):
    """(kind, seq, payload), or None when the datagram is too short or its checksum is wrong."""
    if len(datagram) < HEADER.size:
        return None
    kind, seq, crc = HEADER.unpack_from(datagram)
    payload = datagram[HEADER.size:]
    if kind not in (DATA, ACK, FIN) or seq not in (0, 1):
        return None
    if zlib.crc32(bytes([kind, seq]) + payload) != crc:
        return None
    return kind, seq, payload
