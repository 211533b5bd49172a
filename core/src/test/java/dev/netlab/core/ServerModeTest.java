package dev.netlab.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ServerModeTest {

    @Test
    void upperTurnsTextIntoUpperCaseLikeTheNotes() {
        byte[] reply = ServerMode.UPPER.reply("hello, grüße".getBytes(StandardCharsets.UTF_8));
        assertEquals("HELLO, GRÜSSE", new String(reply, StandardCharsets.UTF_8));
    }

    @Test
    void upperLeavesNonUtf8BytesAloneExceptAsciiLetters() {
        byte[] message = {'a', (byte) 0xff, 'z', (byte) 0xc3};
        assertArrayEquals(new byte[] {'A', (byte) 0xff, 'Z', (byte) 0xc3}, ServerMode.UPPER.reply(message));
    }

    @Test
    void echoReturnsACopyOfTheSameBytes() {
        byte[] message = {1, 2, 3};
        byte[] reply = ServerMode.ECHO.reply(message);
        assertArrayEquals(message, reply);
        reply[0] = 9;
        assertEquals(1, message[0], "the reply must not share the message's array");
    }
}
